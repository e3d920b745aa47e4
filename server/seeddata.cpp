#include "seeddata.h"

#include <algorithm>

// Content of the demo workspace. Customer-facing lines exist in English, Russian, Greek,
// Armenian and Tamil; the team's internal notes are in English, as they would be in a team
// that works in English and has a few colleagues who answer customers in their language.

namespace confab::server::seeddata {

using namespace Qt::StringLiterals;

QString langCode(Lang lang)
{
    switch (lang) {
    case Lang::En: return u"en"_s;
    case Lang::Ru: return u"ru"_s;
    case Lang::El: return u"el"_s;
    case Lang::Hy: return u"hy"_s;
    case Lang::Ta: return u"ta"_s;
    }
    return u"en"_s;
}

Lang langFromCode(const QString &code)
{
    if (code == "ru"_L1)
        return Lang::Ru;
    if (code == "el"_L1)
        return Lang::El;
    if (code == "hy"_L1)
        return Lang::Hy;
    if (code == "ta"_L1)
        return Lang::Ta;
    return Lang::En;
}

namespace {

// Names whose native spelling is already ASCII.
QList<NameParts> same(const QStringList &names)
{
    QList<NameParts> out;
    for (const QString &n : names)
        out.append({ n, n });
    return out;
}

// ============================================================================ English
LanguagePack english()
{
    LanguagePack p;
    p.lang = Lang::En;
    p.names.femaleFirst = same({ u"Emma"_s, u"Olivia"_s, u"Sarah"_s, u"Jessica"_s, u"Megan"_s, u"Laura"_s,
                                 u"Rachel"_s, u"Chloe"_s, u"Grace"_s, u"Amelia"_s, u"Isabel"_s, u"Natalie"_s,
                                 u"Zoe"_s, u"Mei"_s, u"Lucia"_s, u"Ingrid"_s, u"Fatima"_s, u"Claire"_s,
                                 u"Rebecca"_s, u"Julia"_s, u"Nina"_s, u"Ava"_s, u"Charlotte"_s, u"Yuki"_s,
                                 u"Amara"_s, u"Leila"_s });
    p.names.maleFirst = same({ u"James"_s, u"Michael"_s, u"David"_s, u"Ryan"_s, u"Ethan"_s, u"Noah"_s,
                               u"Lucas"_s, u"Oliver"_s, u"Marcus"_s, u"Samuel"_s, u"Jonas"_s, u"Mateo"_s,
                               u"Arjun"_s, u"Wei"_s, u"Kwame"_s, u"Diego"_s, u"Felix"_s, u"Tobias"_s,
                               u"Adam"_s, u"Patrick"_s, u"Connor"_s, u"Andre"_s, u"Sven"_s, u"Omar"_s,
                               u"Ben"_s, u"Hiro"_s });
    const QList<NameParts> last = same({ u"Anderson"_s, u"Brooks"_s, u"Carter"_s, u"Dawson"_s, u"Ellis"_s,
                                         u"Fischer"_s, u"Garcia"_s, u"Hughes"_s, u"Ito"_s, u"Jensen"_s,
                                         u"Kowalski"_s, u"Lambert"_s, u"Moreno"_s, u"Nakamura"_s, u"Novak"_s,
                                         u"Patel"_s, u"Quinn"_s, u"Reyes"_s, u"Schmidt"_s, u"Silva"_s,
                                         u"Turner"_s, u"Varga"_s, u"Walsh"_s, u"Young"_s, u"Zhang"_s,
                                         u"Okoro"_s, u"Haddad"_s, u"Bergstrom"_s, u"Dubois"_s, u"Rossi"_s,
                                         u"Keller"_s, u"Murphy"_s, u"Chen"_s, u"Nguyen"_s, u"Kim"_s,
                                         u"Mensah"_s, u"Larsen"_s, u"Costa"_s });
    p.names.femaleLast = last;
    p.names.maleLast = last;
    p.companies = {
        { u"Brightline Logistics"_s, u"brightline-logistics.com"_s, u"Chicago"_s, u"United States"_s },
        { u"Harbor & Pine"_s, u"harborpine.co"_s, u"Portland"_s, u"United States"_s },
        { u"Kestrel Health"_s, u"kestrelhealth.io"_s, u"Boston"_s, u"United States"_s },
        { u"Lumen Retail Group"_s, u"lumenretail.co.uk"_s, u"London"_s, u"United Kingdom"_s },
        { u"Quarry Labs"_s, u"quarrylabs.dev"_s, u"Berlin"_s, u"Germany"_s },
        { u"Tidewater Foods"_s, u"tidewaterfoods.com"_s, u"Seattle"_s, u"United States"_s },
        { u"Copperleaf Finance"_s, u"copperleaf.finance"_s, u"Toronto"_s, u"Canada"_s },
        { u"Bluefin Travel"_s, u"bluefintravel.com.au"_s, u"Sydney"_s, u"Australia"_s },
        { u"Summit Outdoor Co."_s, u"summitoutdoor.co"_s, u"Denver"_s, u"United States"_s },
        { u"Orbital Media"_s, u"orbitalmedia.nl"_s, u"Amsterdam"_s, u"Netherlands"_s },
        { u"Fernhill Education"_s, u"fernhilledu.ie"_s, u"Dublin"_s, u"Ireland"_s },
        { u"Cinder Robotics"_s, u"cinderrobotics.com"_s, u"Pittsburgh"_s, u"United States"_s },
        { u"Larkspur Studio"_s, u"larkspur.studio"_s, u"Austin"_s, u"United States"_s },
        { u"Pinecrest Dental Group"_s, u"pinecrestdental.com"_s, u"Phoenix"_s, u"United States"_s },
        { u"Wrenfield Legal"_s, u"wrenfield-legal.co.uk"_s, u"Manchester"_s, u"United Kingdom"_s },
        { u"Saltmarsh Coffee Roasters"_s, u"saltmarshcoffee.com"_s, u"San Francisco"_s, u"United States"_s },
        { u"Veridian Energy"_s, u"veridian-energy.com"_s, u"Houston"_s, u"United States"_s },
        { u"Quillon Software"_s, u"quillon.se"_s, u"Stockholm"_s, u"Sweden"_s },
        { u"Tallgrass Ag"_s, u"tallgrassag.com"_s, u"Omaha"_s, u"United States"_s },
        { u"Redwood & Finch"_s, u"redwoodfinch.ca"_s, u"Vancouver"_s, u"Canada"_s },
        { u"Glasshouse Events"_s, u"glasshouse-events.com.au"_s, u"Melbourne"_s, u"Australia"_s },
        { u"Mosaic Home"_s, u"mosaichome.es"_s, u"Barcelona"_s, u"Spain"_s },
        { u"Ironbridge Manufacturing"_s, u"ironbridge-mfg.co.uk"_s, u"Birmingham"_s, u"United Kingdom"_s },
        { u"Helixa Bio"_s, u"helixabio.com"_s, u"Cambridge"_s, u"United Kingdom"_s },
        { u"Parcelpoint"_s, u"parcelpoint.sg"_s, u"Singapore"_s, u"Singapore"_s },
        { u"Juniper Clinics"_s, u"juniperclinics.co.nz"_s, u"Auckland"_s, u"New Zealand"_s },
        { u"Fathom Games"_s, u"fathomgames.ca"_s, u"Montreal"_s, u"Canada"_s },
        { u"Skylark Charters"_s, u"skylarkcharters.com"_s, u"Miami"_s, u"United States"_s },
        { u"Nimbus Payroll"_s, u"nimbuspayroll.com"_s, u"Denver"_s, u"United States"_s },
        { u"Oakridge Realty"_s, u"oakridgerealty.com"_s, u"Atlanta"_s, u"United States"_s },
        { u"Tandem Bikes"_s, u"tandembikes.dk"_s, u"Copenhagen"_s, u"Denmark"_s },
        { u"Brightwave Solar"_s, u"brightwavesolar.com"_s, u"San Diego"_s, u"United States"_s },
        { u"Kiln & Co"_s, u"kilnandco.co.uk"_s, u"Edinburgh"_s, u"United Kingdom"_s },
        { u"Velvet Lane"_s, u"velvetlane.com"_s, u"New York"_s, u"United States"_s },
        { u"Ledgerly"_s, u"ledgerly.pt"_s, u"Lisbon"_s, u"Portugal"_s },
        { u"Sprocket Works"_s, u"sprocketworks.com"_s, u"Detroit"_s, u"United States"_s },
        { u"Marigold Pet Care"_s, u"marigoldpets.com"_s, u"Nashville"_s, u"United States"_s },
        { u"Aurora Ticketing"_s, u"auroratix.no"_s, u"Oslo"_s, u"Norway"_s },
        { u"Boxwood Insurance"_s, u"boxwood-insurance.de"_s, u"Munich"_s, u"Germany"_s },
        { u"Cascade Learning"_s, u"cascadelearning.org"_s, u"Minneapolis"_s, u"United States"_s },
    };

    p.topics.append(Topic {
        .key = u"login"_s, .team = u"support"_s, .tags = { u"login"_s }, .urgency = 1,
        .articleSlug = u"reset-your-password"_s,
        .variants = {
            { u"Password reset email never arrives"_s,
              u"Hi, I'm trying to log in but it keeps saying my password is wrong. I reset it twice already and the reset email never shows up. Can you help?"_s,
              u"Hi {first}, sorry about that! I checked your account and it isn't locked. Reset emails sometimes land in a quarantine folder. Could you check spam, or allow no-reply@northwind.example? I've just sent a fresh link."_s,
              { { u"Found it in our quarantine folder, but the link says it has expired already."_s,
                  u"That's your email security scanner: it opens links to check them before you do, which uses them up. I've turned on scanner-safe links for {company} and sent you a new one."_s },
                { u"Our IT says they don't block anything from your domain."_s,
                  u"It isn't a block as such: the scanner only opens the link, and a reset link works once. The scanner-safe links I've turned on survive that check."_s } },
              u"You should be all set now. If a reset email ever doesn't arrive, just reply here and we'll unlock the account by hand."_s },
            { u"Can't log in"_s,
              u"I can't get into Northwind since this morning. I get \"Invalid credentials\" even though 1Password filled in the right password."_s,
              u"Thanks for reaching out, {first}. There were several failed attempts on your account this morning, so our system locked it for 30 minutes as a precaution. I've unlocked it now. Could you try again?"_s,
              { { u"Still the same error, I'm afraid. Screenshot attached."_s,
                  u"Thanks! The screenshot shows the login page of our EU region, but your workspace is in the US region. Could you try app.northwind.example instead of eu.northwind.example?"_s },
                { u"Oh, 1Password had saved the EU address. Trying the other one now."_s,
                  u"No problem, that happens a lot since we opened the EU region. Update the saved address in 1Password and it will fill in the right one."_s } },
              u"Glad that's sorted! I'll close this conversation, but we're here if it happens again."_s },
            { u"Sent back to the login page"_s,
              u"Hey! Our new analyst can't log in. She gets sent back to the login page after entering her password, no error at all. We're on {browser}."_s,
              u"Hi {first}, that loop is usually a blocked third-party cookie. Could she try once in a private window, or allow cookies for app.northwind.example? Steps are here: {article}"_s,
              { { u"Private window works. So it's our browser policy?"_s,
                  u"Yes, most likely. Your IT team can allow cookies for *.northwind.example and the loop won't come back."_s },
                { u"IT added the exception, she'll try tomorrow morning."_s,
                  u"Sounds good. I'll keep an eye on this until she's confirmed it works."_s } },
              u"Great to hear she's in! Closing this one; just reply here if the loop comes back."_s },
            { u"Reset link expired"_s,
              u"The password reset link says it has expired the moment I click it. Tried three times in the last ten minutes."_s,
              u"Hi {first}, sorry about that! A link expires once it has been opened, and some email security scanners open links before you do. I've turned on scanner-safe links for {company} and sent you a fresh one."_s,
              { { u"That one worked, thanks! Will it work for my colleagues too?"_s,
                  u"Yes, the setting applies to everyone at {company}, so their reset links will survive the scanner too."_s } },
              u"You should be all set then. If a link ever fails again, just reply here."_s },
        },
        .notes = {
            u"{mention} third lockout for {company} this week. Is the email scanner issue on the auth team's radar? Linking {ticket}."_s,
            u"Customer verified via the account owner's email, OK to unlock. {mention} FYI."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"sso"_s, .team = u"technical"_s, .tags = { u"sso"_s, u"enterprise"_s }, .urgency = 2,
        .articleSlug = u"sso-saml-setup"_s, .minPlan = u"pro"_s,
        .variants = {
            { u"SAML SSO with Okta not working"_s,
              u"We're rolling out SAML SSO with Okta and every login attempt ends with \"SAML response signature invalid\". We uploaded the certificate from Okta as described."_s,
              u"Hi {first}, thanks for the details. \"Signature invalid\" almost always means the certificate in Northwind is an old one or in the wrong format. Could you download the Base64 (PEM) certificate from Okta again and paste it under Settings > Security > SSO? Guide: {article}"_s,
              { { u"Done, but now we get \"Audience mismatch\"."_s,
                  u"Almost there! The Audience (Entity ID) must be exactly https://app.northwind.example/saml/{n} with no trailing slash. Could you double-check it in Okta?"_s },
                { u"There was a trailing slash. Removed it, and my test login worked!"_s,
                  u"Excellent. Before you enforce SSO for everyone, make sure at least one admin can still log in with a password, just in case."_s } },
              u"I can see successful SSO logins from {company} in our logs now. Thanks for your patience, and reach out any time!"_s },
            { u"Azure AD SSO: \"NameID missing\""_s,
              u"Hi, we've set up SSO with Azure AD. The redirect to Microsoft works, but after signing in people land on an error page saying \"NameID missing\"."_s,
              u"Hi {first}, that means Azure isn't sending a NameID claim. In the Azure app, set the unique user identifier to user.mail and save. Our guide has screenshots: {article}"_s,
              { { u"Changed it to user.mail, but some people still get the error."_s,
                  u"Those accounts probably have no mail attribute in Azure AD, which is common for guest users. Could you check one of them?"_s },
                { u"You're right, they're all guests. We'll add their emails."_s,
                  u"Perfect. Once they have an email address, their next sign-in will go through."_s } },
              u"Everything looks good on our side: SSO is enforced and just-in-time provisioning is creating accounts as expected. Reach out any time."_s },
            { u"Enforce SSO for some teams only?"_s,
              u"Is it possible to enforce SSO only for some teams? Our contractors don't have accounts in our IdP."_s,
              u"Hi {first}, yes: under Settings > Security > SSO you can enforce SSO and keep an exception group that still signs in with a password. Guide: {article}"_s,
              { { u"Does the exception group still need 2FA?"_s,
                  u"We strongly recommend it, and there's a toggle right next to the exception group to require it."_s } },
              u"Great, it's all set up then. Shout if anything comes up!"_s },
            { u"Nobody can sign in after certificate rotation"_s,
              u"After our IdP certificate rotated last night nobody at {company} can sign in. This is blocking {seats} people."_s,
              u"Sorry about the disruption, {first}. I've enabled password login as a temporary fallback for your admins so you can get in and upload the new certificate."_s,
              { { u"Okay, the admins are in. Uploading the new certificate now."_s,
                  u"Great. Once it's saved, try an SSO login in a private window before telling everyone."_s },
                { u"Uploaded. My test login in a private window worked."_s,
                  u"That's it then. I'll switch the password fallback off once the rest of your team has signed in."_s } },
              u"I can see SSO logins from {company} succeeding with the new certificate, and I've switched the password fallback off again. Thanks for your patience!"_s },
        },
        .notes = {
            u"{mention} could you look at their SAML trace? The signature looks fine to me but we still reject it. Possibly {ticket}."_s,
            u"Enabled password fallback for {company} admins for 24h. {mention} please remember to switch it off if I'm out tomorrow."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"refund"_s, .team = u"billing"_s, .tags = { u"billing"_s, u"refund"_s }, .urgency = 1,
        .articleSlug = u"refund-policy"_s, .minPlan = u"starter"_s,
        .variants = {
            { u"Refund for accidental annual upgrade"_s,
              u"Hi, one of our team members upgraded us to the annual {plan} plan by mistake yesterday. We meant to stay monthly. Could we get a refund for the difference?"_s,
              u"Hi {first}, I'm sorry for the confusion! I can see the upgrade. Since it was less than 14 days ago it qualifies for a full refund under our policy ({article}). Let me get that approved."_s,
              { { u"Thank you! How long does it take to show up on the card?"_s,
                  u"Refunds usually show up within 5 to 10 business days depending on the bank. You'll get a receipt by email as soon as it's issued."_s },
                { u"Can you also make sure this doesn't happen again?"_s,
                  u"Yes: I can limit plan changes to admins for {company}. I'll do that together with the refund."_s } },
              u"The refund of ${amount} has been issued and your plan is back to monthly {plan}. Plan changes are now limited to admins, so it can't happen by accident again."_s },
            { u"Charged twice this month"_s,
              u"We were charged twice on {date}: two identical charges of ${amount}. Please refund one of them."_s,
              u"Thanks for flagging this, {first}. I can see both charges; the second came from a retry after a timeout at our payment provider. I'll get it refunded."_s,
              { { u"Great. Could the refund go to a different card? The old one is expired."_s,
                  u"Refunds always go back to the original payment method; if that card is closed, the bank forwards the money to the new one."_s } },
              u"All done: the duplicate charge of ${amount} has been refunded and the receipt is on its way to your billing email."_s },
            { u"Refund for unused months"_s,
              u"We closed the project this account was for. Is it possible to get a refund for the unused months?"_s,
              u"Hi {first}, thanks for letting us know. Annual plans are refundable pro rata within 30 days; after that we can switch you to monthly at renewal. Let me check what applies to {company}."_s,
              { { u"We paid about three weeks ago."_s,
                  u"Then you're within the 30 days. I've asked our billing team to refund the unused months pro rata."_s },
                { u"Will the workspace stay accessible until then?"_s,
                  u"Yes, everything stays available until the end of the current month, and exports keep working for 30 days after that."_s } },
              u"The pro rata refund of ${amount} has been issued. Thanks for being a customer, {first}, and good luck with what's next!"_s },
        },
        .notes = {
            u"{mention} refund request ${amount} for {company}, within policy. Can you approve?"_s,
            u"Duplicate charge confirmed in the payment dashboard. {mention} is this the retry bug again? {ticket}"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"invoice"_s, .team = u"billing"_s, .tags = { u"billing"_s, u"invoice"_s }, .urgency = 0,
        .articleSlug = u"update-billing-details"_s, .minPlan = u"starter"_s,
        .variants = {
            { u"VAT number missing on invoice"_s,
              u"Hello, our finance team can't process invoice {invoice} because our VAT number is missing. Could you reissue it?"_s,
              u"Hi {first}, of course. Once the VAT number is on the account, I can reissue {invoice}. Could you send it with the country prefix?"_s,
              { { u"Here it is, with the country code. Thanks!"_s,
                  u"Added! Invoices from now on will show it automatically. I'm reissuing {invoice} now."_s },
                { u"Could the reissued invoice go to accounts@{domain} as well?"_s,
                  u"Sure, I've added accounts@{domain} as a billing contact, so they'll get every invoice."_s } },
              u"Here's the reissued invoice {invoice} with your VAT number. Let me know if finance needs anything else."_s },
            { u"Invoice {invoice}: need PO number"_s,
              u"Hi! We need our purchase order number on invoice {invoice}, otherwise accounts payable rejects it. The PO is PO-{n}."_s,
              u"Hi {first}, happy to help. You can add the PO number under Settings > Billing > Invoice details, and it'll appear on every invoice from then on ({article}). I'll reissue {invoice} with it now."_s,
              { { u"Perfect. Could you resend the invoices from the last three months with the PO too?"_s,
                  u"Of course, I'll reissue those as well and send them to your billing email."_s } },
              u"Done, the reissued invoices with PO-{n} are on their way. Have a great day!"_s },
            { u"Change company address on invoices"_s,
              u"We moved offices. How do I change the address on future invoices? And can the last one be updated too?"_s,
              u"Hi {first}, admins can change the address under Settings > Billing > Invoice details, and it'll appear on every invoice from then on ({article}). I can update the last one for you too."_s,
              { { u"Updated it. Yes please, the last one was {invoice}."_s,
                  u"On it. Should it go to the same billing email as before?"_s },
                { u"Yes, same email is fine."_s, u"Great, reissuing it now."_s } },
              u"Here's {invoice} with your new address. Let me know if finance needs anything else."_s },
        },
        .notes = {
            u"{mention} can you regenerate {invoice} in the billing system? The admin UI times out for me."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"csv_export"_s, .team = u"technical"_s, .tags = { u"bug"_s, u"export"_s }, .urgency = 2,
        .articleSlug = u"export-data-to-csv"_s,
        .variants = {
            { u"Export to CSV fails"_s,
              u"Exporting the Revenue by Region report to CSV fails with \"Something went wrong\" after about a minute. Smaller date ranges work."_s,
              u"Hi {first}, thanks for the report. Exports over about a million rows currently time out in the browser. While we work on it, you can use scheduled exports, which run in the background and email you a link: {article}"_s,
              { { u"Scheduled export worked, thanks. But it would be nice if the normal one did too."_s,
                  u"Agreed, and engineering is on it ({ticket}). I've linked this conversation to the issue."_s },
                { u"Thanks. Can you let me know when it ships?"_s,
                  u"Will do, you'll hear from me here as soon as it's out."_s } },
              u"The fix for large exports went out this morning ({ticket}). You should be able to export the full range from the report page again. Thanks for bearing with us!"_s },
            { u"CSV export stuck at 99%"_s,
              u"The CSV export spinner has been sitting at 99% for an hour. Our board deck is due tomorrow morning!"_s,
              u"Hi {first}, I'm sorry, that's a bug on our side and engineering is already on it ({ticket}). In the meantime I can run the export for you. Which date range do you need?"_s,
              { { u"Last quarter, all regions please. The board meeting is at 9."_s,
                  u"Here's your export (the link is valid for 7 days): https://app.northwind.example/exports/{n}"_s },
                { u"Got it, thank you! Will the normal export be fixed soon?"_s,
                  u"The fix is being tested now; I'll let you know here when it's live."_s } },
              u"The fix is live: exports no longer stall at 99%. Thanks for bearing with us, and good luck with the board meeting!"_s },
            { u"Exported CSV has broken characters"_s,
              u"When I open the exported CSV in Excel, all the accented names look like Ã©. Is there an option for the encoding?"_s,
              u"Hi {first}! Our CSVs are UTF-8. Excel assumes a local encoding unless the file has a byte order mark, so tick \"Excel-compatible CSV\" in the export dialog and it'll open correctly."_s,
              { { u"The Excel option fixed it. Why isn't that the default?"_s,
                  u"Good question: the byte order mark confuses some other tools that read our files. I've passed your vote for making it the default to the product team."_s } },
              u"Glad it's working! I'll close this for now; just reply here if the export acts up again."_s },
        },
        .notes = {
            u"{mention} another large-export timeout, {company}, about 2M rows. Adding to {ticket}."_s,
            u"Ran the export by hand from the admin console for {company}. {mention} we need a better answer than this for big accounts."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"api_limits"_s, .team = u"technical"_s, .tags = { u"api"_s }, .urgency = 1,
        .articleSlug = u"api-rate-limits"_s, .minPlan = u"pro"_s,
        .variants = {
            { u"Getting 429 Too Many Requests"_s,
              u"Our nightly sync started failing with HTTP 429 from /v2/events. We send about 40 requests a second. What are the limits?"_s,
              u"Hi {first}, the {plan} plan allows 25 requests per second per workspace, with bursts up to 50. The details and the headers we send are in {article}. Batching helps most: /v2/events accepts up to 500 events per request."_s,
              { { u"Batching would mean a rewrite of our importer. Is there a temporary option?"_s,
                  u"I can raise the limit to 50 requests per second for {company} for two weeks while you switch to batching."_s },
                { u"That would help a lot, thanks."_s,
                  u"Done, the higher limit is active now until the end of next week."_s } },
              u"Your importer is batching now and well under the limit, so I've set it back to normal. Thanks for letting us know!"_s },
            { u"API rate limit increase"_s,
              u"Hi, could you raise our API rate limit? We're backfilling two years of data and keep getting throttled."_s,
              u"Hi {first}, happy to help with the backfill. I can raise the limit temporarily for {company}. How long do you expect it to take?"_s,
              { { u"Probably three or four days."_s,
                  u"I've raised the limit to 100 requests per second for {company} until next Friday."_s },
                { u"Backfill is running smoothly now."_s,
                  u"Great to hear! Tell me when it's finished and I'll set the limit back."_s } },
              u"The temporary limit is back to normal now that the backfill is finished. Thanks for letting us know!"_s },
            { u"Retry-After header is 0"_s,
              u"The Retry-After header on your 429 responses says 0. Is that right? Our client retries immediately and gets 429 again."_s,
              u"Good catch, {first}: Retry-After should never be 0. I've reported it ({ticket}). Until it's fixed, please back off for at least one second."_s,
              { { u"Thanks. Can you tell me when that's fixed?"_s,
                  u"Will do. I've linked this conversation to the issue so you'll hear from us when it ships."_s } },
              u"The Retry-After fix is live: it now always returns a real wait time. Thanks for reporting it!"_s },
        },
        .notes = {
            u"{mention} OK to raise {company} to 100 rps for a week? They're on {plan}, backfill only."_s,
            u"Checked the gateway logs: {company} peaks at 180 rps from a single key. {mention} FYI before we approve anything."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"webhooks"_s, .team = u"technical"_s, .tags = { u"api"_s, u"webhooks"_s }, .urgency = 1,
        .articleSlug = u"webhooks"_s, .minPlan = u"pro"_s,
        .variants = {
            { u"Webhooks stopped arriving"_s,
              u"Our endpoint hasn't received any webhooks since yesterday around 3pm. Nothing changed on our side as far as I know."_s,
              u"Hi {first}, I checked the delivery log: your endpoint started answering 410 Gone yesterday afternoon, and after 50 failures we pause a webhook automatically. Once the endpoint is fixed you can resume it from the settings page ({article})."_s,
              { { u"Ah, our load balancer config was changed. Fixed and resumed. Are the missed events replayed?"_s,
                  u"Yes, resuming replays everything from the last 72 hours in order."_s } },
              u"I can see the backlog was delivered successfully. Closing this one, have a good week!"_s },
            { u"Webhook signature verification fails"_s,
              u"We verify the X-Northwind-Signature header as documented but the HMAC never matches. We're using the secret from the webhook settings page."_s,
              u"Hi {first}, the signature is computed over the raw request body, before any JSON parsing. Frameworks that re-serialise the body change the whitespace, and then the HMAC no longer matches."_s,
              { { u"That was it, we were hashing the parsed body. Works now."_s,
                  u"Great! One more tip: compare signatures with a constant-time function."_s } },
              u"Great to hear it's working! I'll close this, but feel free to reply if anything looks off."_s },
            { u"Duplicate webhook deliveries"_s,
              u"We're getting each report.completed webhook two or three times. Is that expected?"_s,
              u"Hi {first}, webhooks are delivered at least once, so duplicates can happen when your endpoint is slow to answer. Each delivery has an Idempotency-Key header you can use to drop repeats."_s,
              { { u"Our endpoint takes about 12 seconds. What's your timeout?"_s,
                  u"We wait 10 seconds. If you move the heavy work to a queue and answer 200 right away, the duplicates should stop."_s },
                { u"Moved it to a queue, responses are down to 200 ms."_s,
                  u"Perfect, the delivery log shows no retries since then."_s } },
              u"All good now: no duplicate deliveries in the last 24 hours. Closing this, but reply any time!"_s },
        },
        .notes = {
            u"{mention} their endpoint returns 410 and we keep retrying for 24h. Shouldn't 410 pause immediately? {ticket}"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"dashboard_slow"_s, .team = u"technical"_s, .tags = { u"performance"_s }, .urgency = 2,
        .articleSlug = u"speed-up-dashboards"_s,
        .variants = {
            { u"Dashboard takes 2 minutes to load"_s,
              u"Our main dashboard takes almost two minutes to load since Monday. It used to be instant."_s,
              u"Hi {first}, thanks for reporting this. There's no incident on our status page, so let me look at {company}'s dashboard specifically. Which dashboard is it, and when did you last load it?"_s,
              { { u"It's the \"Weekly KPIs\" one, loaded it five minutes ago."_s,
                  u"Found it: one widget joins two large tables without an index. I've asked engineering to add one for your workspace ({ticket})."_s },
                { u"Thanks, let me know when it's done."_s,
                  u"Will do. It's usually done within a day."_s } },
              u"The index is in place and Weekly KPIs loads in under 3 seconds in my tests. Let me know how it feels on your side!"_s },
            { u"Everything is slow today"_s,
              u"Is something going on? Every page in Northwind is crawling for our whole team."_s,
              u"Hi {first}, we had elevated latency in our EU cluster for about half an hour this morning; it has fully recovered. Could you try again and let me know?"_s,
              { { u"Better now, thanks. Would be nice to hear about incidents before we notice them."_s,
                  u"Fair point. You can subscribe to status.northwind.example for email or Slack alerts about incidents."_s } },
              u"Glad it's quicker now. I'll close this for now; reply any time if it slows down again."_s },
            { u"Cohort Retention widget times out"_s,
              u"The Cohort Retention widget times out every time. The rest of the dashboard is fine."_s,
              u"Hi {first}, that widget queries your full event history without a date filter. Adding a 12-month filter usually brings it down to seconds, see {article}."_s,
              { { u"The filter helps, about 8 seconds now. Any way to make it faster?"_s,
                  u"Yes: turn on caching for that widget. Cohorts change once a day, so a daily cache is safe and it will load instantly."_s } },
              u"With the filter and the cache it should be instant now. I'll close this, but reply any time if it slows down again."_s },
        },
        .notes = {
            u"{mention} {company} dashboard p95 jumped from 2s to 90s on Monday. Query plan attached to {ticket}, missing index?"_s,
            u"Incident-related, see the status page. {mention} can we send affected enterprise accounts a proactive note?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"feature_request"_s, .team = u"support"_s, .tags = { u"feature-request"_s }, .urgency = 0,
        .articleSlug = u"share-feedback"_s,
        .variants = {
            { u"Feature request: scheduled PDF reports"_s,
              u"Love the product! Is there a way to schedule a PDF of a dashboard to go to our execs every Monday?"_s,
              u"Thanks {first}, great suggestion! Scheduled PDFs aren't available yet, but scheduled CSV exports are, and they might cover part of it: {article}. I've added your vote to the feature request."_s,
              { { u"Thanks! Any rough timeline for PDFs?"_s,
                  u"No firm date I can share yet, but it's in active design. I'll update this conversation when there's news."_s } },
              u"I'll close this for now, but your request is tracked and you'll get an email from us when scheduled PDFs ship. Thanks for the feedback!"_s },
            { u"Dark mode?"_s,
              u"Any plans for a dark mode? Half of our team works late and the white background is brutal."_s,
              u"Hi {first}, dark mode is on our roadmap for this year! I've added {company} to the list of interested customers, so you'll hear from us when it's in beta."_s,
              { { u"Would love to join the beta."_s,
                  u"I've added you to the beta list. Invites usually go out in batches every few weeks."_s } },
              u"Thanks again for the idea! You're on the beta list, so you'll hear from us as soon as dark mode is ready to try."_s },
            { u"Slack alerts for metric thresholds"_s,
              u"It would be great to get a Slack message when a metric drops below a threshold, e.g. daily signups under 50."_s,
              u"Hi {first}, you can already do most of this: Alerts > New alert > Slack. Thresholds on a single metric are supported; comparisons between metrics aren't yet."_s,
              { { u"Tried the alert, works great for our use case."_s,
                  u"Great to hear! I've still logged your interest in comparing metrics with the product team."_s } },
              u"Thanks for the feedback, it's logged with the product team."_s },
        },
        .notes = {
            u"{mention} +1 for this from {company} ({plan}, {seats} seats). That's the 14th request this quarter."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"gdpr"_s, .team = u"support"_s, .tags = { u"gdpr"_s, u"privacy"_s }, .urgency = 1,
        .articleSlug = u"gdpr-data-requests"_s,
        .variants = {
            { u"GDPR deletion request"_s,
              u"Under GDPR Art. 17, one of our end users asked us to delete all data about them. How do we remove a single person from Northwind?"_s,
              u"Hi {first}, thanks for reaching out. You can delete a single person under People > Profile > Delete person data; it removes their profile, events and attributes within 24 hours. Details: {article}"_s,
              { { u"Do backups also get deleted?"_s,
                  u"Backups are kept for 30 days and then expire; deleted data is never restored from them."_s },
                { u"Can we get a confirmation in writing for our records?"_s,
                  u"Of course. Once the deletion job has finished, you'll get a confirmation email with a reference number."_s } },
              u"The deletion is complete, reference DEL-{n}. A written confirmation has been sent to the account owner's email."_s },
            { u"Data subject access request"_s,
              u"We received a data subject access request. Can you export everything Northwind stores about a specific email address?"_s,
              u"Hi {first}, of course. For a data subject access request we can produce a JSON export for one email address. Could you confirm the address, and that the request was verified on your side?"_s,
              { { u"Confirmed, the request came from the person's verified email."_s,
                  u"Thanks! I've started the export; it usually takes a few hours."_s } },
              u"Here's the export, available for 7 days via a secure link in your email. Let me know if your DPO needs anything else."_s },
            { u"Please delete a former employee's data"_s,
              u"An ex-employee wants their account and personal data removed. We've already removed them from the team."_s,
              u"Hi {first}, since you've removed them from the team, their account is deactivated. I can delete the account and their personal data for good. Shall I go ahead?"_s,
              { { u"Yes, please go ahead."_s,
                  u"Started. Dashboards they created stay in the workspace, owned by you."_s } },
              u"Done: the account and personal data are deleted, reference DEL-{n}. Anything else I can help with?"_s },
        },
        .notes = {
            u"{mention} DSAR for {company}, identity verified by the customer. Can you run the export job? Legal wants it within 30 days."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"seats"_s, .team = u"billing"_s, .tags = { u"billing"_s, u"upgrade"_s }, .urgency = 0,
        .articleSlug = u"manage-seats"_s, .minPlan = u"starter"_s,
        .variants = {
            { u"Adding seats"_s,
              u"Hi! We're hiring and need 5 more seats. Do we add them ourselves or go through you?"_s,
              u"Hi {first}, admins can add seats any time under Settings > Billing > Seats ({article}); the extra seats are billed pro rata for the rest of the period."_s,
              { { u"Done, it was easy. Is there a discount for 50+ seats?"_s,
                  u"Volume pricing starts at 50 seats. I've asked our account team to send you a quote."_s } },
              u"You're all set with the new seats, and the quote is on its way. Thanks for growing with us!"_s },
            { u"Upgrade to Enterprise"_s,
              u"We're thinking about moving to Enterprise. What's the difference for us, apart from SSO?"_s,
              u"Hi {first}, great to hear! Enterprise adds SSO/SAML, audit logs, a 99.9% uptime SLA and a dedicated success manager. I'll loop in our account team for pricing."_s,
              { { u"Yes please, could someone call me this week?"_s,
                  u"Of course. Our account team will email you today to find a time."_s } },
              u"Our account team will reach out by email to set up the call. I'll close this one in the meantime."_s },
            { u"Seat count question"_s,
              u"Why are we billed for {seats} seats when only half of them are active?"_s,
              u"Hi {first}, seats are billed by what's provisioned, not by activity. You can free inactive seats from the Members page and the credit applies to your next invoice."_s,
              { { u"Removed 6 inactive members. Will that show on this month's invoice?"_s,
                  u"It will show as a credit on the next invoice, since the current one was already issued."_s } },
              u"The credit for 6 seats is on your account and will appear on the next invoice. Anything else I can help with?"_s },
        },
        .notes = {
            u"{mention} expansion lead: {company} wants Enterprise, {seats} seats today. Can you take the call?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"onboarding"_s, .team = u"onboarding"_s, .tags = { u"onboarding"_s }, .urgency = 0,
        .articleSlug = u"connect-your-first-data-source"_s,
        .variants = {
            { u"Help connecting Postgres"_s,
              u"Hi, we just signed up and want to connect our Postgres database, but the connection test fails with \"timeout\"."_s,
              u"Welcome aboard, {first}! A timeout usually means our IP addresses aren't allowed through your firewall yet. The list is in {article}. Could you add those and try again?"_s,
              { { u"Added the IPs, it connects now! Which schema should we pick?"_s,
                  u"Pick the analytics replica if you have one, so dashboards never load your production database."_s } },
              u"Looks like you're up and running, I can see your first dashboards already! I'll close this, but we're here whenever you need us."_s },
            { u"Onboarding call?"_s,
              u"We're new on the {plan} plan. Could we book an onboarding call for the team?"_s,
              u"Hi {first}, welcome! I'd love to set up a call. You can pick a slot that suits you here: https://northwind.example/onboarding. It takes 45 minutes; bring anyone who'll build dashboards."_s,
              { { u"Booked for Thursday. Should we prepare anything?"_s,
                  u"Just the questions you want answered. If you can connect one data source before the call, even better."_s } },
              u"Great call today, {first}! The recording and the checklist we talked about are in your inbox."_s },
            { u"Where do I start?"_s,
              u"Just signed up. What's the fastest way to get a first dashboard with our Stripe data?"_s,
              u"Welcome, {first}! The Stripe connector takes about two minutes to set up: Sources > Add source > Stripe, then use the \"SaaS Metrics\" template. Here's the walkthrough: {article}"_s,
              { { u"Template looks great. How often does the data refresh?"_s,
                  u"Stripe data refreshes every 15 minutes on {plan}; you can also trigger a refresh by hand."_s } },
              u"Looks like you're up and running! I'll close this, but we're here whenever you need us."_s },
        },
        .notes = {
            u"{company} signed up on {plan} with {seats} seats, promising. {mention} want to take the onboarding call?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"payment_failed"_s, .team = u"billing"_s, .tags = { u"billing"_s, u"payment"_s }, .urgency = 2,
        .articleSlug = u"update-payment-method"_s, .minPlan = u"starter"_s,
        .variants = {
            { u"Payment failed"_s,
              u"We got an email that our payment failed. The card is fine, we use it for everything else."_s,
              u"Hi {first}, the bank declined the charge with \"do not honor\", which usually means their fraud check stopped it. A quick call to the bank normally clears it, then you can retry from Settings > Billing ({article})."_s,
              { { u"Called the bank, they've approved it. Retried and it went through."_s,
                  u"Great, I can see the payment on our side too."_s } },
              u"The payment of ${amount} went through and the account is in good standing again. Thanks, {first}!"_s },
            { u"Card declined: account suspended?"_s,
              u"Our workspace shows a banner that the account will be suspended in 3 days because of an unpaid invoice. What do we do?"_s,
              u"Hi {first}, no need to worry: nothing gets suspended while we're talking. Once the card on file is updated, the open invoice is retried automatically within an hour."_s,
              { { u"Updated the card. The banner is still there though."_s,
                  u"The banner can take up to an hour to disappear after the payment clears. I've refreshed it by hand; could you reload the page?"_s } },
              u"All settled: invoice {invoice} is marked paid and the banner is gone. Have a great day!"_s },
            { u"Does a declined payment retry?"_s,
              u"A payment of ${amount} was declined. We've replaced the card. Does the payment retry on its own?"_s,
              u"Hi {first}, yes: once a new card is on file, the open invoice is retried automatically within an hour. No need to do anything else."_s,
              { { u"Can we pay by bank transfer in the future?"_s,
                  u"Bank transfer is available on annual plans. I can switch your next renewal to transfer if you like."_s } },
              u"I can see the payment of ${amount} went through with the new card. Thanks, {first}!"_s },
        },
        .notes = {
            u"{mention} {company} payment failed three times, they're {plan} with MRR ${amount}. Can we pause dunning for a week?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"permissions"_s, .team = u"support"_s, .tags = { u"permissions"_s }, .urgency = 0,
        .articleSlug = u"roles-and-permissions"_s,
        .variants = {
            { u"Viewer can edit dashboards?"_s,
              u"One of our viewers just edited a dashboard. I thought viewers were read-only?"_s,
              u"Hi {first}, viewers are read-only, but dashboards in a shared folder inherit the folder's permissions. That folder gives \"Everyone\" edit rights; you can change it under Folder > Permissions ({article})."_s,
              { { u"Changed it, thanks. Can we audit who edited what?"_s,
                  u"The activity log under Settings > Audit shows every edit with who and when (Enterprise plan)."_s } },
              u"Perfect, the folder is locked down now. Closing this, but reach out any time!"_s },
            { u"Restrict access to finance dashboards"_s,
              u"How can we make the Finance dashboards visible only to the finance team?"_s,
              u"Hi {first}, you can create a Finance group and give only that group access to the folder. Here's how: {article}"_s,
              { { u"Does the group sync with our Google groups?"_s,
                  u"Not on your current plan; groups are managed in Northwind. With SSO on Enterprise they can sync from your identity provider."_s } },
              u"Great, the Finance folder is visible only to the finance group now. Reach out any time!"_s },
            { u"Transfer account ownership"_s,
              u"Our account owner is leaving the company. How do we transfer ownership to me?"_s,
              u"Hi {first}, the current owner can transfer ownership under Settings > Workspace > Owner. If they've already left, we can do it after verifying with another admin."_s,
              { { u"They've left already. Our CTO can confirm by email."_s,
                  u"Thanks, once the confirmation email from your CTO arrives I'll make the transfer."_s },
                { u"Our CTO just sent it."_s, u"Got it, checking it now."_s } },
              u"Ownership has been transferred to you, {first}. The previous owner is now a regular member and can be removed."_s },
        },
        .notes = {
            u"Ownership transfer for {company}: confirmation received from their CTO, verified against the signup domain. {mention} please double-check before I switch it."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"integration"_s, .team = u"technical"_s, .tags = { u"integration"_s }, .urgency = 1,
        .articleSlug = u"salesforce-integration"_s,
        .variants = {
            { u"Salesforce sync stopped"_s,
              u"Our Salesforce sync hasn't run since Friday. The integration page says \"token expired\"."_s,
              u"Hi {first}, Salesforce expires connected-app tokens when the user who authorised them changes their password. Reconnecting from Integrations > Salesforce fixes it ({article})."_s,
              { { u"Reconnected, the sync is running again. Will it backfill the weekend?"_s,
                  u"Yes, the next run picks up everything changed since the last successful sync."_s } },
              u"The last sync finished successfully and the weekend's records are there. Closing this, thanks {first}!"_s },
            { u"HubSpot integration missing deals"_s,
              u"Some HubSpot deals are missing in Northwind, about 200 out of 3,000."_s,
              u"Hi {first}, the HubSpot sync skips deals in pipelines that aren't selected in the integration settings. Could you check whether the missing ones are in a different pipeline?"_s,
              { { u"Yes, they're all in the \"Renewals\" pipeline. Added it."_s,
                  u"That should do it; the next sync in about 30 minutes will bring them in."_s } },
              u"All 3,000 deals are in Northwind now. Let me know if you see any gaps."_s },
            { u"Snowflake connector error"_s,
              u"The Snowflake connector fails with \"insufficient privileges on schema ANALYTICS\"."_s,
              u"Hi {first}, the Northwind role needs USAGE on the schema and SELECT on its tables. Could your Snowflake admin run the grants from our guide?"_s,
              { { u"Grants done, still the same error."_s,
                  u"Could you also grant USAGE on the warehouse? Without it queries can't run even with SELECT rights."_s },
                { u"That was the missing piece, it connects now."_s,
                  u"Great! The first sync will take a few minutes."_s } },
              u"Everything is syncing from Snowflake now. Let me know if you see any gaps."_s },
        },
        .notes = {
            u"{mention} another sync problem for {company}. Linking {ticket} in case it's the connector bug."_s,
        },
    });

    p.topics.append(Topic {
        .key = u"data_discrepancy"_s, .team = u"technical"_s, .tags = { u"data"_s }, .urgency = 1,
        .articleSlug = u"metric-definitions"_s,
        .variants = {
            { u"Revenue numbers don't match Stripe"_s,
              u"MRR in Northwind says ${amount}, Stripe says a few hundred more. Which one is right?"_s,
              u"Hi {first}, good question. Northwind counts MRR after discounts and excludes one-off charges; Stripe's dashboard includes them. Definitions: {article}"_s,
              { { u"That explains most of it. Can we choose to include one-off charges?"_s,
                  u"Yes: there's an \"Include one-off charges\" toggle in the MRR metric settings."_s } },
              u"Glad that's cleared up! I've also asked our docs team to make the definition easier to find."_s },
            { u"Active users count is off"_s,
              u"Our daily active users in Northwind are about 15% lower than in our own database."_s,
              u"Hi {first}, Northwind de-duplicates users across devices by user id, while raw event tables count every device. Could that explain the gap?"_s,
              { { u"We count by user id too, so the gap is real."_s,
                  u"Thanks for checking. Could you send me a few user ids that are in your database but missing in Northwind?"_s },
                { u"Sent you ten of them by email."_s,
                  u"Got them, thanks. I've passed them to engineering ({ticket})."_s } },
              u"Engineering found and fixed an identity-merge bug ({ticket}); your active users have been reprocessed and should match your database now. Thanks for the report!"_s },
            { u"Numbers changed overnight"_s,
              u"Yesterday's numbers changed overnight. Last week's signups went from 412 to 398."_s,
              u"Hi {first}, late-arriving events are folded in for up to 72 hours, so recent days can shift a little. That's expected, but 14 signups is more than usual, so let me look."_s,
              { { u"Thanks, let me know what you find."_s,
                  u"Found it: the 14 signups came from test accounts that your filter has excluded since Monday."_s } },
              u"Glad that's cleared up! The numbers are right; they just exclude the test accounts now."_s },
        },
        .notes = {
            u"{mention} {company} sees 15% lower DAU than their DB; sample user ids attached. Could be the identity merge bug {ticket}?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"cancel"_s, .team = u"billing"_s, .tags = { u"billing"_s, u"churn-risk"_s }, .urgency = 1,
        .articleSlug = u"cancel-or-downgrade"_s, .minPlan = u"starter"_s,
        .variants = {
            { u"Cancel our subscription"_s,
              u"Hi, we'd like to cancel our subscription at the end of this billing period. Budget cuts, unfortunately."_s,
              u"Hi {first}, sorry to hear that, but I understand. I can schedule the cancellation for the end of the period, and your data stays exportable for 30 days after. Could I ask what would have made you stay?"_s,
              { { u"Mainly price. We only use two dashboards."_s,
                  u"I understand. We could offer 30% off for the next six months if that helps, no pressure at all."_s },
                { u"Thanks, but we'll still cancel for now."_s,
                  u"Of course. I'll schedule it for the end of the period."_s } },
              u"Done: the cancellation is scheduled for the end of your billing period and you'll get a confirmation email. Thank you for being a customer, {first}."_s },
            { u"Downgrade to Starter"_s,
              u"Can we downgrade to Starter? We don't use most of the {plan} features."_s,
              u"Hi {first}, of course. The downgrade takes effect at renewal; dashboards using {plan}-only features become read-only. Here's what changes: {article}"_s,
              { { u"Read-only is fine. Go ahead."_s,
                  u"Done, the downgrade is scheduled for your renewal date."_s } },
              u"All set. Your plan changes at renewal; nothing else for you to do."_s },
            { u"Pausing our account"_s,
              u"Is it possible to pause the account for three months? We're restructuring the team."_s,
              u"Hi {first}, we can pause the account for up to 3 months: billing stops and everything stays as it is."_s,
              { { u"Pausing sounds good. Do our integrations keep syncing?"_s,
                  u"During a pause, integrations stop syncing and resume with a backfill afterwards."_s } },
              u"Your account is paused for three months from your next billing date. We'll email you a week before it resumes."_s },
        },
        .notes = {
            u"{mention} churn risk: {company} ({plan}, MRR ${amount}) wants to cancel over price. Can we offer a discount?"_s,
        },
    });

    p.topics.append(Topic {
        .key = u"twofa"_s, .team = u"support"_s, .tags = { u"login"_s, u"2fa"_s }, .urgency = 2,
        .articleSlug = u"two-factor-authentication"_s,
        .variants = {
            { u"Lost my phone, can't pass 2FA"_s,
              u"I got a new phone and didn't move my authenticator app. Now I can't log in. Help!"_s,
              u"Hi {first}, no problem. For security I need another admin of {company} to confirm the reset by replying to the email I've just sent them. Then I'll turn 2FA off so you can set it up again."_s,
              { { u"My colleague just confirmed."_s,
                  u"Thanks! I've turned 2FA off for your account; you'll be asked to set it up again when you log in."_s } },
              u"2FA has been reset. Please save the recovery codes this time!"_s },
            { u"2FA codes not accepted"_s,
              u"My 2FA codes are always rejected. I've typed them very carefully."_s,
              u"Hi {first}, rejected codes are almost always a clock issue: your phone's time is slightly off. Could you turn on automatic time and try again?"_s,
              { { u"That was it, my phone's clock was two minutes behind. In now!"_s,
                  u"Great! Automatic time will keep it from happening again."_s } },
              u"Glad you're in! Closing this one."_s },
            { u"Reset two-factor authentication"_s,
              u"One of our admins lost their 2FA device and the recovery codes. Can you reset it?"_s,
              u"Hi {first}, we can. For security I need another admin of {company} to confirm by replying to the email I've just sent them."_s,
              { { u"The only other admin is the person who's locked out."_s,
                  u"In that case I'll verify another way: could you reply from your company email with the last four digits of the card on file?"_s },
                { u"Sent from my company email just now."_s,
                  u"Thanks, that matches. Resetting 2FA now."_s } },
              u"2FA has been reset. They'll be asked to set it up again at their next login; please keep the recovery codes somewhere safe!"_s },
        },
        .notes = {
            u"2FA reset for {company}: verified via a second admin. {mention} FYI per the security checklist."_s,
        },
    });

    p.customerThanks = { u"Thanks so much, that did it!"_s, u"Perfect, thank you!"_s,
                         u"Great, appreciate the quick help 🙏"_s, u"Works now. You're a star."_s,
                         u"Thank you {agent}!"_s, u"Brilliant, thanks for sorting that out."_s };
    p.customerNudges = { u"Any update on this?"_s, u"Hi, just checking in on this one."_s,
                         u"Hello? Is anyone there?"_s, u"Sorry to chase, but this is blocking us."_s,
                         u"Any news?"_s };
    p.customerReopen = { u"Hi again, it's happening again since this morning."_s,
                         u"Sorry to reopen this, but we're seeing the same problem."_s,
                         u"One more question on this, if that's OK."_s };
    p.customerExtras = { u"Also, we're on {browser} if that matters."_s, u"It's pretty urgent for us."_s,
                         u"Our account is under {company}."_s, u"Thanks in advance!"_s,
                         u"(this is for {company})"_s };
    p.agentSnooze = { u"I'll check back with you tomorrow to make sure everything's working."_s,
                      u"Let me know once you've had a chance to try it. I'll follow up if I don't hear back."_s,
                      u"I'm checking this with the team and will get back to you as soon as I have an answer."_s };
    p.moreExchanges = {
        { u"Any update on this?"_s,
          u"Not yet, sorry. I'm still checking with the team and will write as soon as I know more."_s },
        { u"Sorry to chase, but this is blocking us."_s,
          u"Understood. I've raised the priority and asked for an update today."_s },
        { u"I've attached a screenshot in case it helps."_s,
          u"Thanks, that's useful. I've added it to the investigation."_s },
        { u"Just tried again, same result."_s,
          u"Thanks for checking. Could you tell me the exact time of that attempt? It helps us find it in the logs."_s },
        { u"It was just before lunch, around 12:10 our time."_s,
          u"Got it, I found the request in our logs."_s },
        { u"Is there a workaround for now?"_s,
          u"Not a clean one yet, I'm afraid. I'll tell you as soon as there is."_s },
        { u"Our manager is asking for an ETA."_s,
          u"I can't promise a date yet, but it's being worked on today and I'll keep you posted."_s },
        { u"I'm out tomorrow; my colleague may follow up here."_s,
          u"No problem, anyone from {company} can reply in this conversation."_s },
        { u"Does this affect the rest of our team too?"_s,
          u"Only this part; everything else works as usual."_s },
        { u"Thanks for your patience with us on this one."_s,
          u"Not at all, thank you for yours!"_s },
    };
    p.emailSignoffCustomer = u"\n\nThanks,\n{customer}\n{company}"_s;
    p.emailSignoffAgent = u"\n\nBest,\n{agentFull}\nNorthwind Support"_s;
    return p;
}

// Non-English packs carry five topics each; team, tags, article and notes come from the
// English topic with the same key.
Topic localTopic(const QString &key, QList<Variant> variants)
{
    Topic t;
    t.key = key;
    t.variants = std::move(variants);
    return t;
}

// ============================================================================ Russian
LanguagePack russian()
{
    LanguagePack p;
    p.lang = Lang::Ru;
    p.names.femaleFirst = { { u"Анна"_s, u"anna"_s }, { u"Мария"_s, u"maria"_s }, { u"Екатерина"_s, u"ekaterina"_s },
                            { u"Ольга"_s, u"olga"_s }, { u"Наталья"_s, u"natalya"_s }, { u"Татьяна"_s, u"tatiana"_s },
                            { u"Ирина"_s, u"irina"_s }, { u"Светлана"_s, u"svetlana"_s }, { u"Юлия"_s, u"yulia"_s },
                            { u"Дарья"_s, u"darya"_s } };
    p.names.maleFirst = { { u"Алексей"_s, u"alexey"_s }, { u"Дмитрий"_s, u"dmitry"_s }, { u"Сергей"_s, u"sergey"_s },
                          { u"Андрей"_s, u"andrey"_s }, { u"Иван"_s, u"ivan"_s }, { u"Михаил"_s, u"mikhail"_s },
                          { u"Николай"_s, u"nikolay"_s }, { u"Павел"_s, u"pavel"_s }, { u"Артём"_s, u"artem"_s },
                          { u"Владимир"_s, u"vladimir"_s } };
    p.names.maleLast = { { u"Иванов"_s, u"ivanov"_s }, { u"Смирнов"_s, u"smirnov"_s }, { u"Кузнецов"_s, u"kuznetsov"_s },
                         { u"Попов"_s, u"popov"_s }, { u"Волков"_s, u"volkov"_s }, { u"Морозов"_s, u"morozov"_s },
                         { u"Лебедев"_s, u"lebedev"_s }, { u"Новиков"_s, u"novikov"_s }, { u"Фёдоров"_s, u"fedorov"_s },
                         { u"Орлов"_s, u"orlov"_s } };
    p.names.femaleLast = { { u"Иванова"_s, u"ivanova"_s }, { u"Смирнова"_s, u"smirnova"_s },
                           { u"Кузнецова"_s, u"kuznetsova"_s }, { u"Попова"_s, u"popova"_s },
                           { u"Волкова"_s, u"volkova"_s }, { u"Морозова"_s, u"morozova"_s },
                           { u"Лебедева"_s, u"lebedeva"_s }, { u"Новикова"_s, u"novikova"_s },
                           { u"Фёдорова"_s, u"fedorova"_s }, { u"Орлова"_s, u"orlova"_s } };
    p.companies = {
        { u"ТрансЛогистик"_s, u"translogistik.ru"_s, u"Moscow"_s, u"Russia"_s },
        { u"Северный Ветер"_s, u"severveter.ru"_s, u"Saint Petersburg"_s, u"Russia"_s },
        { u"Гранит Строй"_s, u"granitstroy.ru"_s, u"Yekaterinburg"_s, u"Russia"_s },
        { u"Умные Решения"_s, u"umnye-resheniya.ru"_s, u"Novosibirsk"_s, u"Russia"_s },
        { u"Волга Агро"_s, u"volga-agro.ru"_s, u"Kazan"_s, u"Russia"_s },
        { u"Кедр Медиа"_s, u"kedrmedia.ru"_s, u"Moscow"_s, u"Russia"_s },
        { u"Степь Диджитал"_s, u"stepdigital.kz"_s, u"Almaty"_s, u"Kazakhstan"_s },
    };
    p.topics = {
        localTopic(u"login"_s, {
            { u"Не приходит письмо для сброса пароля"_s,
              u"Здравствуйте! Не могу войти в Northwind: пишет «Неверный пароль», хотя пароль точно правильный. Письмо для сброса тоже не приходит."_s,
              u"Здравствуйте, {first}! Я проверила ваш аккаунт, он не заблокирован. Письма для сброса иногда попадают в спам или карантин. Я только что отправила новую ссылку, проверьте, пожалуйста, все папки."_s,
              { { u"Письмо нашлось в карантине, но ссылка пишет, что уже устарела."_s,
                  u"Это почтовый сканер безопасности: он открывает ссылки раньше вас, и одноразовая ссылка сгорает. Я включила для {company} ссылки, устойчивые к сканерам, и отправила новую."_s } },
              u"Отлично, всё работает! Если письмо снова не придёт, просто напишите сюда, и мы разблокируем аккаунт вручную."_s },
            { u"Не могу войти в аккаунт"_s,
              u"Добрый день. Со вчерашнего дня после ввода пароля меня снова возвращает на страницу входа, без всякой ошибки. Браузер {browser}."_s,
              u"{first}, добрый день! Такое обычно бывает, когда браузер блокирует сторонние cookie. Попробуйте, пожалуйста, войти в режиме инкогнито. Подробная инструкция: {article}"_s,
              { { u"В режиме инкогнито всё работает. Значит, дело в настройках браузера?"_s,
                  u"Да, скорее всего, дело в политике браузера. Попросите ИТ-отдел разрешить cookie для *.northwind.example."_s } },
              u"Рада, что получилось! Закрываю обращение, но пишите в любое время."_s },
        }),
        localTopic(u"invoice"_s, {
            { u"Нет ИНН в счёте {invoice}"_s,
              u"Добрый день! Бухгалтерия не может провести счёт {invoice}: в нём не указан ИНН нашей компании. Можно перевыставить?"_s,
              u"Здравствуйте, {first}! Конечно. Пришлите, пожалуйста, ИНН и полное название компании, и я перевыставлю счёт {invoice}."_s,
              { { u"Отправляю реквизиты во вложении. Спасибо!"_s,
                  u"Получила, спасибо! ИНН добавлен в аккаунт и будет во всех новых счетах."_s } },
              u"Готово! Новый счёт {invoice} отправлен вам на почту. Если бухгалтерии нужно что-то ещё, пишите."_s },
            { u"Нужно изменить реквизиты в счетах"_s,
              u"Здравствуйте. Мы переехали. Как поменять юридический адрес в будущих счетах?"_s,
              u"{first}, добрый день! Адрес можно изменить в разделе «Настройки → Оплата → Реквизиты», он появится во всех новых счетах. Инструкция: {article}"_s,
              { { u"Сделали. А можно обновить и последний счёт?"_s,
                  u"Да, конечно, сейчас перевыставлю."_s } },
              u"Счёт перевыставлен с новыми реквизитами. Хорошего дня!"_s },
        }),
        localTopic(u"csv_export"_s, {
            { u"Не работает экспорт в CSV"_s,
              u"Здравствуйте! При экспорте отчёта «Выручка по регионам» в CSV через минуту появляется ошибка «Что-то пошло не так». За короткий период всё работает."_s,
              u"{first}, здравствуйте! Большие выгрузки (больше миллиона строк) сейчас не успевают сформироваться в браузере. Пока мы это исправляем, воспользуйтесь плановым экспортом: он работает в фоне и присылает ссылку на почту. {article}"_s,
              { { u"Плановый экспорт сработал, спасибо. Но хотелось бы, чтобы обычный тоже работал."_s,
                  u"Согласна, инженеры уже занимаются этим ({ticket}). Я привязала ваше обращение к задаче."_s } },
              u"Исправление вышло сегодня утром, большие отчёты снова выгружаются. Спасибо за терпение!"_s },
            { u"Экспорт отчёта зависает"_s,
              u"Экспорт в CSV висит на 99% уже час. Отчёт нужен завтра утром к совету директоров!"_s,
              u"Здравствуйте, {first}! Это ошибка на нашей стороне, инженеры уже работают над ней ({ticket}). Могу сделать выгрузку вручную. За какой период она нужна?"_s,
              { { u"За прошлый квартал, все регионы, пожалуйста."_s,
                  u"Вот ваша выгрузка (ссылка действует 7 дней): https://app.northwind.example/exports/{n}"_s } },
              u"Исправление вышло: экспорт больше не зависает на 99%. Удачи на совете директоров!"_s },
        }),
        localTopic(u"refund"_s, {
            { u"Возврат средств за годовой тариф"_s,
              u"Здравствуйте! Коллега по ошибке перевёл нас на годовой тариф {plan}. Мы хотели остаться на помесячной оплате. Можно вернуть разницу?"_s,
              u"Здравствуйте, {first}! Вижу смену тарифа. С тех пор прошло меньше 14 дней, поэтому по нашим правилам положен полный возврат ({article}). Сейчас оформлю."_s,
              { { u"Спасибо! Сколько времени займёт возврат на карту?"_s,
                  u"Обычно деньги возвращаются за 5–10 рабочих дней, в зависимости от банка."_s },
                { u"А можно сделать так, чтобы такое не повторилось?"_s,
                  u"Да, я могу разрешить менять тариф только администраторам. Сделаю это вместе с возвратом."_s } },
              u"Возврат ${amount} оформлен, квитанция придёт на почту. Тариф снова помесячный, а менять его теперь могут только администраторы."_s },
            { u"Оплату списали дважды"_s,
              u"Добрый день, {date} с карты дважды списали ${amount}. Верните, пожалуйста, один платёж."_s,
              u"{first}, спасибо, что сообщили! Вижу оба списания: второе — повторная попытка после сбоя у платёжного провайдера. Оформляю возврат."_s,
              { { u"Спасибо! Сколько времени займёт возврат на карту?"_s,
                  u"Обычно деньги возвращаются за 5–10 рабочих дней, в зависимости от банка."_s } },
              u"Готово: лишний платёж ${amount} возвращён, квитанция отправлена на почту. Обращайтесь!"_s },
        }),
        localTopic(u"feature_request"_s, {
            { u"Пожелание: отчёты в PDF по расписанию"_s,
              u"Нам очень нравится Northwind! Можно ли каждый понедельник автоматически отправлять дашборд в PDF руководству?"_s,
              u"Спасибо, {first}, отличная идея! PDF по расписанию пока нет, но есть плановый экспорт в CSV: {article}. Ваш голос я добавила к запросу."_s,
              { { u"Спасибо! А примерные сроки есть?"_s,
                  u"Точной даты пока нет, но работа уже идёт. Напишу сюда, как только будут новости."_s } },
              u"Закрываю обращение, но ваш запрос записан: мы сообщим, когда функция появится. Спасибо за обратную связь!"_s },
            { u"Будет ли тёмная тема?"_s,
              u"Планируете ли вы тёмную тему? Многие в команде работают по вечерам."_s,
              u"Здравствуйте, {first}! Тёмная тема есть в наших планах на этот год. Я добавила {company} в список желающих попробовать бету."_s,
              { { u"С удовольствием поучаствуем в бете."_s,
                  u"Отлично! Приглашения рассылаем группами раз в несколько недель."_s } },
              u"Спасибо за идею! Вы в списке беты, так что узнаете первыми, когда тёмную тему можно будет попробовать."_s },
        }),
    };
    p.customerThanks = { u"Спасибо большое, всё заработало!"_s, u"Отлично, спасибо за быструю помощь!"_s,
                         u"Благодарю, {agent}!"_s };
    p.customerNudges = { u"Есть новости?"_s, u"Добрый день, напоминаю о нашем вопросе."_s,
                         u"Подскажите, пожалуйста, есть ли какие-то новости?"_s };
    p.customerReopen = { u"Здравствуйте ещё раз, проблема повторилась сегодня утром."_s,
                         u"Извините, что снова пишу, но ошибка вернулась."_s };
    p.customerExtras = { u"Пишу от имени {company}."_s, u"Это довольно срочно."_s, u"Заранее спасибо!"_s };
    p.agentSnooze = { u"Я уточняю вопрос у команды и вернусь к вам, как только получу ответ."_s,
                      u"Завтра уточню, всё ли работает."_s };
    p.moreExchanges = {
        { u"Есть новости?"_s,
          u"Пока нет, извините. Я всё ещё уточняю у команды и напишу, как только что-то узнаю."_s },
        { u"Добрый день, напоминаю о нашем вопросе."_s,
          u"Спасибо, что напомнили! Я подняла приоритет и попросила ответить сегодня."_s },
        { u"Попробовали ещё раз — результат тот же."_s,
          u"Спасибо, что проверили. Подскажите точное время попытки, так будет проще найти её в журналах."_s },
    };
    p.emailSignoffCustomer = u"\n\nС уважением,\n{customer}\n{company}"_s;
    p.emailSignoffAgent = u"\n\nС уважением,\n{agentFull}\nПоддержка Northwind"_s;
    return p;
}

// ============================================================================ Greek
LanguagePack greek()
{
    LanguagePack p;
    p.lang = Lang::El;
    p.names.femaleFirst = { { u"Μαρία"_s, u"maria"_s }, { u"Ελένη"_s, u"eleni"_s }, { u"Κατερίνα"_s, u"katerina"_s },
                            { u"Σοφία"_s, u"sofia"_s }, { u"Δήμητρα"_s, u"dimitra"_s }, { u"Γεωργία"_s, u"georgia"_s },
                            { u"Αναστασία"_s, u"anastasia"_s }, { u"Χριστίνα"_s, u"christina"_s } };
    p.names.maleFirst = { { u"Γιώργος"_s, u"giorgos"_s, u"Γιώργο"_s }, { u"Δημήτρης"_s, u"dimitris"_s, u"Δημήτρη"_s },
                          { u"Νίκος"_s, u"nikos"_s, u"Νίκο"_s }, { u"Κώστας"_s, u"kostas"_s, u"Κώστα"_s },
                          { u"Γιάννης"_s, u"giannis"_s, u"Γιάννη"_s },
                          { u"Παναγιώτης"_s, u"panagiotis"_s, u"Παναγιώτη"_s },
                          { u"Αλέξανδρος"_s, u"alexandros"_s, u"Αλέξανδρε"_s },
                          { u"Σταύρος"_s, u"stavros"_s, u"Σταύρο"_s } };
    p.names.maleLast = { { u"Παπαδόπουλος"_s, u"papadopoulos"_s }, { u"Παπαδάκης"_s, u"papadakis"_s },
                         { u"Νικολαΐδης"_s, u"nikolaidis"_s }, { u"Γεωργίου"_s, u"georgiou"_s },
                         { u"Οικονόμου"_s, u"oikonomou"_s }, { u"Βασιλείου"_s, u"vasileiou"_s },
                         { u"Καραγιάννης"_s, u"karagiannis"_s }, { u"Αντωνίου"_s, u"antoniou"_s } };
    p.names.femaleLast = { { u"Παπαδοπούλου"_s, u"papadopoulou"_s }, { u"Παπαδάκη"_s, u"papadaki"_s },
                           { u"Νικολαΐδου"_s, u"nikolaidou"_s }, { u"Γεωργίου"_s, u"georgiou"_s },
                           { u"Οικονόμου"_s, u"oikonomou"_s }, { u"Βασιλείου"_s, u"vasileiou"_s },
                           { u"Καραγιάννη"_s, u"karagianni"_s }, { u"Αντωνίου"_s, u"antoniou"_s } };
    p.companies = {
        { u"Ναυτιλιακή Αιγαίου"_s, u"aegeanshipping.gr"_s, u"Piraeus"_s, u"Greece"_s },
        { u"Ελαιώνας Τρόφιμα"_s, u"elaionas-foods.gr"_s, u"Kalamata"_s, u"Greece"_s },
        { u"Ακρόπολις Ψηφιακή"_s, u"akropolis-digital.gr"_s, u"Athens"_s, u"Greece"_s },
        { u"Θεσσαλία Ενέργεια"_s, u"thessalia-energy.gr"_s, u"Larissa"_s, u"Greece"_s },
        { u"Μελίσσι Studio"_s, u"melissi.studio"_s, u"Thessaloniki"_s, u"Greece"_s },
        { u"Κυπριακή Πληροφορική"_s, u"cyprus-it.com.cy"_s, u"Nicosia"_s, u"Cyprus"_s },
        { u"Ολυμπία Ταξίδια"_s, u"olympia-travel.gr"_s, u"Heraklion"_s, u"Greece"_s },
    };
    p.topics = {
        localTopic(u"login"_s, {
            { u"Δεν έρχεται το email επαναφοράς κωδικού"_s,
              u"Γεια σας! Προσπαθώ να συνδεθώ στο Northwind αλλά μου λέει ότι ο κωδικός είναι λάθος. Έκανα επαναφορά δύο φορές και το email δεν έρχεται ποτέ."_s,
              u"Γεια σας {first}! Έλεγξα τον λογαριασμό σας και δεν είναι κλειδωμένος. Τα email επαναφοράς μερικές φορές καταλήγουν στα ανεπιθύμητα. Σας έστειλα μόλις έναν νέο σύνδεσμο."_s,
              { { u"Το βρήκα στα ανεπιθύμητα, δοκιμάζω τώρα."_s,
                  u"Τέλεια! Ο σύνδεσμος ισχύει για 30 λεπτά."_s },
                { u"Δυστυχώς βγάζει το ίδιο σφάλμα. Σας στέλνω στιγμιότυπο οθόνης."_s,
                  u"Ευχαριστώ! Μπορείτε να μου πείτε την ακριβή ώρα της τελευταίας προσπάθειας; Θα κοιτάξω τα αρχεία καταγραφής."_s } },
              u"Τέλεια, όλα λειτουργούν! Αν δεν έρθει ξανά το email, απλώς γράψτε μας εδώ."_s },
            { u"Δεν μπορώ να συνδεθώ"_s,
              u"Καλημέρα. Από χθες, μετά τον κωδικό, με γυρίζει πάλι στη σελίδα σύνδεσης χωρίς κανένα μήνυμα. Χρησιμοποιώ {browser}."_s,
              u"Γεια σας {first}! Αυτό συμβαίνει συνήθως όταν ο browser μπλοκάρει τα cookies τρίτων. Δοκιμάστε σε ιδιωτικό παράθυρο. Οδηγίες: {article}"_s,
              { { u"Στο ιδιωτικό παράθυρο λειτουργεί. Άρα φταίνε οι ρυθμίσεις μας;"_s,
                  u"Μάλλον ναι. Ζητήστε από το τμήμα IT να επιτρέψει τα cookies για το *.northwind.example."_s } },
              u"Χαίρομαι που λύθηκε! Κλείνω το αίτημα, αλλά είμαστε εδώ για ό,τι χρειαστείτε."_s },
        }),
        localTopic(u"invoice"_s, {
            { u"Λείπει το ΑΦΜ από το τιμολόγιο {invoice}"_s,
              u"Καλησπέρα σας. Το λογιστήριο δεν μπορεί να περάσει το τιμολόγιο {invoice} γιατί δεν έχει το ΑΦΜ της εταιρείας μας. Μπορείτε να το επανεκδώσετε;"_s,
              u"Γεια σας {first}! Φυσικά. Στείλτε μου το ΑΦΜ και την επωνυμία της εταιρείας και θα επανεκδώσω το {invoice}."_s,
              { { u"Σας τα στέλνω συνημμένα. Ευχαριστώ!"_s,
                  u"Τα πήρα, ευχαριστώ! Το ΑΦΜ προστέθηκε στον λογαριασμό και θα εμφανίζεται σε όλα τα νέα τιμολόγια."_s } },
              u"Έτοιμο! Το νέο τιμολόγιο {invoice} στάλθηκε στο email σας."_s },
            { u"Αλλαγή διεύθυνσης στα τιμολόγια"_s,
              u"Γεια σας, μετακομίσαμε. Πώς αλλάζω τη διεύθυνση στα επόμενα τιμολόγια;"_s,
              u"Γεια σας {first}! Τη διεύθυνση την αλλάζετε από Ρυθμίσεις → Χρεώσεις → Στοιχεία τιμολόγησης. Οδηγίες: {article}"_s,
              { { u"Έγινε. Μπορείτε να διορθώσετε και το τελευταίο τιμολόγιο;"_s,
                  u"Βεβαίως, το επανεκδίδω τώρα."_s } },
              u"Το τιμολόγιο επανεκδόθηκε με τα νέα στοιχεία. Καλή συνέχεια!"_s },
        }),
        localTopic(u"csv_export"_s, {
            { u"Η εξαγωγή σε CSV αποτυγχάνει"_s,
              u"Γεια σας! Όταν κάνω εξαγωγή της αναφοράς «Έσοδα ανά περιοχή» σε CSV, μετά από ένα λεπτό βγάζει «Κάτι πήγε στραβά». Για μικρότερα διαστήματα δουλεύει."_s,
              u"Γεια σας {first}! Οι πολύ μεγάλες εξαγωγές (πάνω από ένα εκατομμύριο γραμμές) προς το παρόν δεν προλαβαίνουν να ολοκληρωθούν στον browser. Μέχρι να το διορθώσουμε, χρησιμοποιήστε την προγραμματισμένη εξαγωγή: {article}"_s,
              { { u"Η προγραμματισμένη εξαγωγή δούλεψε, ευχαριστώ. Θα διορθωθεί όμως και η κανονική;"_s,
                  u"Ναι, οι μηχανικοί μας το δουλεύουν ήδη ({ticket}). Συνέδεσα το αίτημά σας με το θέμα."_s } },
              u"Η διόρθωση κυκλοφόρησε σήμερα το πρωί και οι μεγάλες αναφορές εξάγονται κανονικά. Ευχαριστούμε για την υπομονή!"_s },
            { u"Η εξαγωγή κολλάει στο 99%"_s,
              u"Η εξαγωγή CSV είναι κολλημένη στο 99% εδώ και μία ώρα. Τη χρειαζόμαστε για το αυριανό διοικητικό συμβούλιο!"_s,
              u"Γεια σας {first}, πρόκειται για σφάλμα από τη δική μας πλευρά και οι μηχανικοί μας το εξετάζουν ήδη ({ticket}). Μπορώ να κάνω την εξαγωγή για εσάς. Για ποιο διάστημα τη χρειάζεστε;"_s,
              { { u"Για το προηγούμενο τρίμηνο, όλες τις περιοχές παρακαλώ."_s,
                  u"Ορίστε η εξαγωγή σας (ο σύνδεσμος ισχύει 7 ημέρες): https://app.northwind.example/exports/{n}"_s } },
              u"Η διόρθωση κυκλοφόρησε: η εξαγωγή δεν κολλάει πια στο 99%. Καλή επιτυχία στο συμβούλιο!"_s },
        }),
        localTopic(u"refund"_s, {
            { u"Επιστροφή χρημάτων για ετήσιο πακέτο"_s,
              u"Καλημέρα. Ένας συνάδελφος μας αναβάθμισε κατά λάθος στο ετήσιο πακέτο {plan}. Θέλαμε να μείνουμε στη μηνιαία χρέωση. Γίνεται επιστροφή της διαφοράς;"_s,
              u"Γεια σας {first}! Βλέπω την αλλαγή πακέτου. Έχουν περάσει λιγότερες από 14 ημέρες, οπότε δικαιούστε πλήρη επιστροφή ({article}). Την προχωράω τώρα."_s,
              { { u"Ευχαριστώ! Σε πόσο καιρό θα φανεί στην κάρτα;"_s,
                  u"Συνήθως σε 5–10 εργάσιμες, ανάλογα με την τράπεζα."_s } },
              u"Η επιστροφή των ${amount} ολοκληρώθηκε και η απόδειξη είναι στο email σας. Επιστρέψατε στη μηνιαία χρέωση."_s },
            { u"Διπλή χρέωση"_s,
              u"Γεια σας, χρεωθήκαμε δύο φορές ${amount} στις {date}. Παρακαλώ επιστρέψτε τη μία χρέωση."_s,
              u"Ευχαριστώ που μας ενημερώσατε, {first}. Βλέπω και τις δύο χρεώσεις· η δεύτερη ήταν επανάληψη μετά από σφάλμα του παρόχου πληρωμών. Κάνω την επιστροφή."_s,
              { { u"Τέλεια. Μπορούμε να αποφύγουμε να ξανασυμβεί;"_s,
                  u"Το σφάλμα διορθώθηκε στο σύστημά μας, οπότε δεν θα επαναληφθεί."_s } },
              u"Έγινε: η διπλή χρέωση των ${amount} επιστράφηκε και η απόδειξη στάλθηκε στο email σας. Είμαστε εδώ για ό,τι χρειαστείτε!"_s },
        }),
        localTopic(u"feature_request"_s, {
            { u"Πρόταση: προγραμματισμένες αναφορές PDF"_s,
              u"Μας αρέσει πολύ το Northwind! Γίνεται να στέλνεται αυτόματα ένα PDF του dashboard στη διοίκηση κάθε Δευτέρα;"_s,
              u"Ευχαριστούμε {first}, εξαιρετική ιδέα! Τα προγραμματισμένα PDF δεν υπάρχουν ακόμα, αλλά υπάρχει προγραμματισμένη εξαγωγή CSV: {article}. Πρόσθεσα την ψήφο σας στο αίτημα."_s,
              { { u"Ευχαριστώ! Υπάρχει κάποιο χρονοδιάγραμμα;"_s,
                  u"Δεν έχουμε ακόμα ακριβή ημερομηνία, αλλά η δουλειά έχει ξεκινήσει. Θα σας ενημερώσω εδώ."_s } },
              u"Κλείνω το αίτημα, αλλά η πρότασή σας έχει καταγραφεί και θα σας ενημερώσουμε όταν κυκλοφορήσει. Ευχαριστούμε για τα σχόλια!"_s },
            { u"Θα υπάρξει σκοτεινό θέμα;"_s,
              u"Σχεδιάζετε σκοτεινό θέμα; Πολλοί στην ομάδα δουλεύουν βράδυ."_s,
              u"Γεια σας {first}! Το σκοτεινό θέμα είναι στα σχέδιά μας για φέτος. Πρόσθεσα την εταιρεία σας στη λίστα για τη δοκιμαστική έκδοση."_s,
              { { u"Θα θέλαμε πολύ να συμμετέχουμε στη δοκιμαστική έκδοση."_s,
                  u"Τέλεια! Οι προσκλήσεις στέλνονται σε ομάδες κάθε λίγες εβδομάδες."_s } },
              u"Ευχαριστούμε για την ιδέα! Είστε στη λίστα, οπότε θα το μάθετε πρώτοι όταν το σκοτεινό θέμα είναι έτοιμο."_s },
        }),
    };
    p.customerThanks = { u"Ευχαριστώ πολύ, λειτούργησε!"_s, u"Τέλεια, ευχαριστώ για τη γρήγορη βοήθεια!"_s,
                         u"Σας ευχαριστώ, {agent}!"_s };
    p.customerNudges = { u"Υπάρχει κάποιο νέο;"_s, u"Καλημέρα, υπενθυμίζω το θέμα μας."_s,
                         u"Μπορείτε να με ενημερώσετε για την πορεία;"_s };
    p.customerReopen = { u"Γεια σας ξανά, το πρόβλημα εμφανίστηκε πάλι σήμερα."_s,
                         u"Συγγνώμη που ξαναγράφω, αλλά το σφάλμα επέστρεψε."_s };
    p.customerExtras = { u"Γράφω εκ μέρους της εταιρείας {company}."_s, u"Είναι αρκετά επείγον."_s,
                         u"Ευχαριστώ εκ των προτέρων!"_s };
    p.agentSnooze = { u"Το ελέγχω με την ομάδα και θα επανέλθω μόλις έχω απάντηση."_s,
                      u"Θα επικοινωνήσω αύριο για να βεβαιωθώ ότι όλα λειτουργούν."_s };
    p.moreExchanges = {
        { u"Υπάρχει κάποιο νέο;"_s,
          u"Όχι ακόμα, συγγνώμη. Το ελέγχω ακόμα με την ομάδα και θα σας γράψω μόλις μάθω κάτι."_s },
        { u"Καλημέρα, υπενθυμίζω το θέμα μας."_s,
          u"Ευχαριστώ για την υπενθύμιση! Αύξησα την προτεραιότητα και ζήτησα απάντηση σήμερα."_s },
        { u"Δοκίμασα ξανά, ίδιο αποτέλεσμα."_s,
          u"Ευχαριστώ που το ελέγξατε. Μπορείτε να μου πείτε την ακριβή ώρα; Θα τη βρω πιο εύκολα στα αρχεία καταγραφής."_s },
    };
    p.emailSignoffCustomer = u"\n\nΜε εκτίμηση,\n{customer}\n{company}"_s;
    p.emailSignoffAgent = u"\n\nΜε εκτίμηση,\n{agentFull}\nΥποστήριξη Northwind"_s;
    return p;
}

// ============================================================================ Armenian
LanguagePack armenian()
{
    LanguagePack p;
    p.lang = Lang::Hy;
    p.names.femaleFirst = { { u"Անի"_s, u"ani"_s }, { u"Մարիամ"_s, u"mariam"_s }, { u"Նարե"_s, u"nare"_s },
                            { u"Լուսինե"_s, u"lusine"_s }, { u"Անահիտ"_s, u"anahit"_s }, { u"Գայանե"_s, u"gayane"_s },
                            { u"Սոնա"_s, u"sona"_s }, { u"Արփի"_s, u"arpi"_s } };
    p.names.maleFirst = { { u"Արամ"_s, u"aram"_s }, { u"Դավիթ"_s, u"davit"_s }, { u"Տիգրան"_s, u"tigran"_s },
                          { u"Արմեն"_s, u"armen"_s }, { u"Գևորգ"_s, u"gevorg"_s }, { u"Հայկ"_s, u"hayk"_s },
                          { u"Նարեկ"_s, u"narek"_s }, { u"Վահե"_s, u"vahe"_s } };
    p.names.maleLast = { { u"Հակոբյան"_s, u"hakobyan"_s }, { u"Պետրոսյան"_s, u"petrosyan"_s },
                         { u"Սարգսյան"_s, u"sargsyan"_s }, { u"Գրիգորյան"_s, u"grigoryan"_s },
                         { u"Հարությունյան"_s, u"harutyunyan"_s }, { u"Ավետիսյան"_s, u"avetisyan"_s },
                         { u"Մկրտչյան"_s, u"mkrtchyan"_s }, { u"Վարդանյան"_s, u"vardanyan"_s } };
    p.names.femaleLast = p.names.maleLast;
    p.companies = {
        { u"Արարատ Սոֆթ"_s, u"araratsoft.am"_s, u"Yerevan"_s, u"Armenia"_s },
        { u"Սևան Լոգիստիկա"_s, u"sevanlogistics.am"_s, u"Yerevan"_s, u"Armenia"_s },
        { u"Գյումրի Թեք"_s, u"gyumritech.am"_s, u"Gyumri"_s, u"Armenia"_s },
        { u"Նռան Այգի"_s, u"nranaygi.am"_s, u"Vanadzor"_s, u"Armenia"_s },
        { u"Դիլիջան Ստուդիո"_s, u"dilijanstudio.am"_s, u"Dilijan"_s, u"Armenia"_s },
        { u"Երևան Դիզայն"_s, u"yerevandesign.am"_s, u"Yerevan"_s, u"Armenia"_s },
    };
    p.topics = {
        localTopic(u"login"_s, {
            { u"Գաղտնաբառի վերականգնման նամակը չի գալիս"_s,
              u"Բարև Ձեզ։ Չեմ կարողանում մուտք գործել Northwind․ գրում է, որ գաղտնաբառը սխալ է, թեև այն ճիշտ է։ Վերականգնման նամակն էլ չի գալիս։"_s,
              u"Բարև Ձեզ, {first}։ Ստուգեցի Ձեր հաշիվը, այն արգելափակված չէ։ Վերականգնման նամակները երբեմն հայտնվում են սպամում։ Հենց նոր ուղարկեցի նոր հղում։"_s,
              { { u"Գտա նամակը սպամում, հիմա կփորձեմ։"_s,
                  u"Հիանալի է։ Հղումը գործում է 30 րոպե։"_s },
                { u"Ցավոք, նույն սխալն է։ Կցում եմ էկրանի նկարը։"_s,
                  u"Շնորհակալություն։ Խնդրում եմ նշեք վերջին փորձի ճշգրիտ ժամը, կնայեմ մուտքերի գրանցամատյանը։"_s } },
              u"Հիանալի է, ամեն ինչ աշխատում է։ Եթե նամակը նորից չգա, պարզապես գրեք այստեղ։"_s },
            { u"Չեմ կարողանում մուտք գործել"_s,
              u"Բարի օր։ Երեկվանից գաղտնաբառը մուտքագրելուց հետո ինձ նորից վերադարձնում է մուտքի էջ։ Օգտագործում եմ {browser}։"_s,
              u"Բարի օր, {first}։ Սա սովորաբար լինում է, երբ դիտարկիչն արգելափակում է երրորդ կողմի cookie-ները։ Խնդրում եմ փորձեք գաղտնի պատուհանում։ Հրահանգները՝ {article}"_s,
              { { u"Գաղտնի պատուհանում աշխատում է։ Ուրեմն խնդիրը մեր կարգավորումների մեջ է։"_s,
                  u"Այո, հավանաբար։ Խնդրեք Ձեր ՏՏ բաժնին թույլատրել cookie-ները *.northwind.example-ի համար։"_s } },
              u"Ուրախ եմ, որ խնդիրը լուծվեց։ Փակում եմ դիմումը, բայց գրեք ցանկացած ժամանակ։"_s },
        }),
        localTopic(u"invoice"_s, {
            { u"Հաշվում բացակայում է ՀՎՀՀ-ն"_s,
              u"Բարև Ձեզ։ Մեր հաշվապահությունը չի կարող ընդունել {invoice} հաշիվը, որովհետև դրանում նշված չէ մեր ընկերության ՀՎՀՀ-ն։ Կարո՞ղ եք վերաթողարկել։"_s,
              u"Բարև Ձեզ, {first}։ Իհարկե։ Ուղարկեք ընկերության ՀՎՀՀ-ն և անվանումը, և ես կվերաթողարկեմ {invoice} հաշիվը։"_s,
              { { u"Ուղարկում եմ կցված։ Շնորհակալություն։"_s,
                  u"Ստացա, շնորհակալություն։ ՀՎՀՀ-ն ավելացված է հաշվին և կերևա բոլոր նոր հաշիվներում։"_s } },
              u"Պատրաստ է։ Նոր {invoice} հաշիվն ուղարկված է Ձեր էլ. փոստին։"_s },
            { u"Հասցեի փոփոխություն հաշիվներում"_s,
              u"Բարի օր։ Մենք տեղափոխվել ենք։ Ինչպե՞ս փոխել հասցեն հաջորդ հաշիվներում։"_s,
              u"Բարի օր, {first}։ Հասցեն կարող եք փոխել «Կարգավորումներ → Վճարումներ → Վավերապայմաններ» բաժնում։ Հրահանգները՝ {article}"_s,
              { { u"Արեցինք։ Կարո՞ղ եք թարմացնել նաև վերջին հաշիվը։"_s,
                  u"Իհարկե, հիմա կվերաթողարկեմ։"_s } },
              u"Հաշիվը վերաթողարկված է նոր տվյալներով։ Հաճելի օր եմ մաղթում։"_s },
        }),
        localTopic(u"csv_export"_s, {
            { u"CSV արտահանումը չի աշխատում"_s,
              u"Բարև Ձեզ։ «Եկամուտն ըստ տարածաշրջանների» հաշվետվությունը CSV արտահանելիս մեկ րոպե անց հայտնվում է «Ինչ-որ բան սխալ գնաց» սխալը։ Կարճ ժամանակահատվածի համար աշխատում է։"_s,
              u"Բարև Ձեզ, {first}։ Շատ մեծ արտահանումները (մեկ միլիոնից ավելի տող) դեռ չեն հասցնում ավարտվել դիտարկիչում։ Մինչ մենք կուղղենք, օգտվեք պլանավորված արտահանումից՝ {article}"_s,
              { { u"Պլանավորված արտահանումն աշխատեց, շնորհակալություն։ Իսկ սովորականը կուղղվի՞։"_s,
                  u"Այո, ինժեներներն արդեն աշխատում են դրա վրա ({ticket})։ Ձեր դիմումը կապեցի այդ խնդրի հետ։"_s } },
              u"Ուղղումը թողարկվեց այսօր առավոտյան, և մեծ հաշվետվություններն այժմ արտահանվում են։ Շնորհակալություն համբերության համար։"_s },
            { u"Արտահանումը կանգնել է 99%-ի վրա"_s,
              u"CSV արտահանումն արդեն մեկ ժամ է, ինչ կանգնած է 99%-ի վրա։ Այն մեզ պետք է վաղվա տնօրենների խորհրդի համար։"_s,
              u"Բարև Ձեզ, {first}։ Սա մեր կողմի սխալ է, և ինժեներներն արդեն աշխատում են դրա վրա ({ticket})։ Կարող եմ արտահանումն անել Ձեր փոխարեն։ Ո՞ր ժամանակահատվածի համար է պետք։"_s,
              { { u"Անցած եռամսյակի համար, բոլոր տարածաշրջանները, խնդրում եմ։"_s,
                  u"Ահա Ձեր արտահանումը (հղումը գործում է 7 օր)՝ https://app.northwind.example/exports/{n}"_s } },
              u"Ուղղումը թողարկված է. արտահանումն այլևս չի կանգնում 99%-ի վրա։ Հաջողություն խորհրդում։"_s },
        }),
        localTopic(u"refund"_s, {
            { u"Գումարի վերադարձ տարեկան փաթեթի համար"_s,
              u"Բարև Ձեզ։ Մեր գործընկերը սխալմամբ մեզ տեղափոխել է տարեկան {plan} փաթեթի։ Մենք ցանկանում էինք մնալ ամսական վճարման վրա։ Հնարավո՞ր է վերադարձնել տարբերությունը։"_s,
              u"Բարև Ձեզ, {first}։ Տեսնում եմ փաթեթի փոփոխությունը։ Անցել է 14 օրից պակաս, ուստի Ձեզ հասնում է ամբողջական վերադարձ ({article})։ Հիմա կձևակերպեմ։"_s,
              { { u"Շնորհակալություն։ Որքա՞ն ժամանակում գումարը կհայտնվի քարտին։"_s,
                  u"Սովորաբար 5–10 աշխատանքային օրում՝ կախված բանկից։"_s } },
              u"${amount} գումարի վերադարձը ձևակերպված է, անդորրագիրը կգա Ձեր էլ. փոստին։ Փաթեթը կրկին ամսական է։"_s },
            { u"Կրկնակի գանձում"_s,
              u"Բարի օր։ {date}-ին մեր քարտից երկու անգամ գանձվել է ${amount}։ Խնդրում ենք վերադարձնել մեկը։"_s,
              u"Շնորհակալություն, որ տեղեկացրիք, {first}։ Տեսնում եմ երկու գանձումն էլ։ Երկրորդը վճարային համակարգի խափանումից հետո կրկնված փորձ էր։ Ձևակերպում եմ վերադարձը։"_s,
              { { u"Հիանալի է։ Կարելի՞ է անել այնպես, որ սա չկրկնվի։"_s,
                  u"Խափանումն արդեն ուղղված է մեր համակարգում, այնպես որ այն չի կրկնվի։"_s } },
              u"Պատրաստ է։ Ավելորդ ${amount} գումարը վերադարձված է, անդորրագիրն ուղարկված է Ձեր էլ. փոստին։"_s },
        }),
        localTopic(u"feature_request"_s, {
            { u"Առաջարկ՝ PDF հաշվետվություններ ըստ ժամանակացույցի"_s,
              u"Մեզ շատ է դուր գալիս Northwind-ը։ Հնարավո՞ր է ամեն երկուշաբթի ավտոմատ ուղարկել վահանակի PDF տարբերակը ղեկավարությանը։"_s,
              u"Շնորհակալություն, {first}, հիանալի գաղափար է։ PDF ըստ ժամանակացույցի դեռ չկա, բայց կա CSV-ի պլանավորված արտահանում՝ {article}։ Ձեր ձայնն ավելացրի հարցմանը։"_s,
              { { u"Շնորհակալություն։ Մոտավոր ժամկետներ կա՞ն։"_s,
                  u"Հստակ ամսաթիվ դեռ չկա, բայց աշխատանքն արդեն սկսված է։ Նորությունների դեպքում կգրեմ այստեղ։"_s } },
              u"Փակում եմ դիմումը, բայց Ձեր առաջարկը գրանցված է, և մենք կտեղեկացնենք, երբ այն հասանելի լինի։ Շնորհակալություն կարծիքի համար։"_s },
            { u"Մուգ թեմա կլինի՞"_s,
              u"Մուգ թեմա նախատեսո՞ւմ եք։ Թիմում շատերն աշխատում են երեկոյան։"_s,
              u"Բարև Ձեզ, {first}։ Մուգ թեման մեր այս տարվա պլաններում է։ Ձեր ընկերությունն ավելացրի բետա տարբերակը փորձողների ցուցակում։"_s,
              { { u"Սիրով կմասնակցենք բետա փորձարկմանը։"_s,
                  u"Հիանալի է։ Հրավերներն ուղարկում ենք խմբերով՝ մի քանի շաբաթը մեկ։"_s } },
              u"Շնորհակալություն գաղափարի համար։ Դուք բետայի ցուցակում եք, այնպես որ առաջինը կիմանաք, երբ մուգ թեման պատրաստ լինի։"_s },
        }),
    };
    p.customerThanks = { u"Շատ շնորհակալություն, ամեն ինչ աշխատեց։"_s,
                         u"Հիանալի է, շնորհակալ եմ արագ օգնության համար։"_s, u"Շնորհակալություն, {agent}։"_s };
    p.customerNudges = { u"Նորություններ կա՞ն։"_s, u"Բարի օր, հիշեցնում եմ մեր հարցի մասին։"_s };
    p.customerReopen = { u"Կրկին բարև։ Խնդիրն այսօր նորից կրկնվեց։"_s,
                         u"Ներողություն, որ նորից եմ գրում, բայց սխալը վերադարձավ։"_s };
    p.customerExtras = { u"Գրում եմ {company}-ի անունից։"_s, u"Սա բավականին շտապ է։"_s,
                         u"Նախապես շնորհակալություն։"_s };
    p.agentSnooze = { u"Ճշտում եմ թիմի հետ և կվերադառնամ, հենց պատասխան ստանամ։"_s,
                      u"Վաղը կգրեմ՝ համոզվելու, որ ամեն ինչ աշխատում է։"_s };
    p.moreExchanges = {
        { u"Նորություններ կա՞ն։"_s,
          u"Դեռ ոչ, ներողություն։ Դեռ ճշտում եմ թիմի հետ և կգրեմ, հենց որևէ բան իմանամ։"_s },
        { u"Բարի օր, հիշեցնում եմ մեր հարցի մասին։"_s,
          u"Շնորհակալություն հիշեցման համար։ Բարձրացրի առաջնահերթությունը և խնդրեցի պատասխանել այսօր։"_s },
        { u"Նորից փորձեցի, արդյունքը նույնն է։"_s,
          u"Շնորհակալություն ստուգելու համար։ Խնդրում եմ նշեք փորձի ճշգրիտ ժամը, այդպես ավելի հեշտ կգտնեմ այն գրանցամատյանում։"_s },
    };
    p.emailSignoffCustomer = u"\n\nՀարգանքով՝\n{customer}\n{company}"_s;
    p.emailSignoffAgent = u"\n\nՀարգանքով՝\n{agentFull}\nNorthwind-ի աջակցման թիմ"_s;
    return p;
}

// ============================================================================ Tamil
LanguagePack tamil()
{
    LanguagePack p;
    p.lang = Lang::Ta;
    p.names.femaleFirst = { { u"பிரியா"_s, u"priya"_s }, { u"லக்ஷ்மி"_s, u"lakshmi"_s }, { u"மீனா"_s, u"meena"_s },
                            { u"கவிதா"_s, u"kavitha"_s }, { u"திவ்யா"_s, u"divya"_s }, { u"அனிதா"_s, u"anitha"_s },
                            { u"சரண்யா"_s, u"saranya"_s }, { u"நந்தினி"_s, u"nandhini"_s } };
    p.names.maleFirst = { { u"அருண்"_s, u"arun"_s }, { u"கார்த்திக்"_s, u"karthik"_s }, { u"சுரேஷ்"_s, u"suresh"_s },
                          { u"விஜய்"_s, u"vijay"_s }, { u"ராஜேஷ்"_s, u"rajesh"_s }, { u"செந்தில்"_s, u"senthil"_s },
                          { u"பிரகாஷ்"_s, u"prakash"_s }, { u"முருகன்"_s, u"murugan"_s } };
    p.names.maleLast = { { u"ராமன்"_s, u"raman"_s }, { u"சுப்பிரமணியன்"_s, u"subramanian"_s },
                         { u"கிருஷ்ணன்"_s, u"krishnan"_s }, { u"வேலு"_s, u"velu"_s }, { u"சண்முகம்"_s, u"shanmugam"_s },
                         { u"பாலசுப்பிரமணியம்"_s, u"balasubramaniam"_s }, { u"நடராஜன்"_s, u"natarajan"_s },
                         { u"செல்வராஜ்"_s, u"selvaraj"_s } };
    p.names.femaleLast = p.names.maleLast;
    p.companies = {
        { u"சென்னை டெக் சொல்யூஷன்ஸ்"_s, u"chennaitech.in"_s, u"Chennai"_s, u"India"_s },
        { u"மதுரை டெக்ஸ்டைல்ஸ்"_s, u"maduraitextiles.in"_s, u"Madurai"_s, u"India"_s },
        { u"கோவை இன்ஜினியரிங்"_s, u"kovaieng.in"_s, u"Coimbatore"_s, u"India"_s },
        { u"காவேரி அக்ரோ"_s, u"kaveriagro.in"_s, u"Tiruchirappalli"_s, u"India"_s },
        { u"தமிழ் மீடியா லேப்"_s, u"tamilmedialab.in"_s, u"Chennai"_s, u"India"_s },
        { u"யாழ் சாஃப்ட்"_s, u"yaalsoft.lk"_s, u"Jaffna"_s, u"Sri Lanka"_s },
        { u"சிங்கை லாஜிஸ்டிக்ஸ்"_s, u"singailogistics.sg"_s, u"Singapore"_s, u"Singapore"_s },
    };
    p.topics = {
        localTopic(u"login"_s, {
            { u"கடவுச்சொல் மீட்டமைப்பு மின்னஞ்சல் வரவில்லை"_s,
              u"வணக்கம்! Northwind-இல் உள்நுழைய முயலும்போது கடவுச்சொல் தவறு என்று காட்டுகிறது. இரண்டு முறை மீட்டமைத்தேன், ஆனால் மின்னஞ்சல் வரவே இல்லை."_s,
              u"வணக்கம் {first}! உங்கள் கணக்கைச் சரிபார்த்தேன், அது பூட்டப்படவில்லை. மீட்டமைப்பு மின்னஞ்சல்கள் சில நேரம் ஸ்பேம் கோப்புறைக்குச் சென்றுவிடும். இப்போதுதான் புதிய இணைப்பை அனுப்பியுள்ளேன்."_s,
              { { u"ஸ்பேமில் மின்னஞ்சல் கிடைத்தது, இப்போது முயற்சிக்கிறேன்."_s,
                  u"அருமை! இணைப்பு 30 நிமிடங்கள் செல்லுபடியாகும்."_s },
                { u"மன்னிக்கவும், அதே பிழைதான் வருகிறது. திரைப்பிடிப்பை இணைத்துள்ளேன்."_s,
                  u"நன்றி! கடைசியாக முயற்சித்த சரியான நேரத்தைச் சொல்ல முடியுமா? பதிவுகளைப் பார்க்கிறேன்."_s } },
              u"அருமை, எல்லாம் வேலை செய்கிறது! மீண்டும் மின்னஞ்சல் வரவில்லை என்றால் இங்கே பதில் அனுப்புங்கள்."_s },
            { u"கணக்கில் உள்நுழைய முடியவில்லை"_s,
              u"வணக்கம். நேற்றிலிருந்து கடவுச்சொல்லை உள்ளிட்ட பிறகு மீண்டும் உள்நுழைவுப் பக்கத்துக்கே திரும்பி விடுகிறது. நான் {browser} பயன்படுத்துகிறேன்."_s,
              u"வணக்கம் {first}! உலாவி மூன்றாம் தரப்பு குக்கீகளைத் தடுக்கும்போது இது பொதுவாக நடக்கும். தயவுசெய்து தனிப்பட்ட (incognito) சாளரத்தில் முயற்சி செய்யுங்கள். வழிமுறைகள்: {article}"_s,
              { { u"தனிப்பட்ட சாளரத்தில் வேலை செய்கிறது. அப்படியென்றால் எங்கள் அமைப்புகளில்தான் பிரச்சினையா?"_s,
                  u"ஆம், அப்படித்தான் தெரிகிறது. *.northwind.example-க்கு குக்கீகளை அனுமதிக்க உங்கள் IT குழுவிடம் கேளுங்கள்."_s } },
              u"சரியாகிவிட்டதில் மகிழ்ச்சி! இந்த உரையாடலை மூடுகிறேன், எப்போது வேண்டுமானாலும் எழுதுங்கள்."_s },
        }),
        localTopic(u"invoice"_s, {
            { u"விலைப்பட்டியல் {invoice}-இல் GST எண் இல்லை"_s,
              u"வணக்கம். எங்கள் கணக்குத் துறை விலைப்பட்டியல் {invoice}-ஐ ஏற்க முடியவில்லை, ஏனெனில் அதில் எங்கள் GST எண் இல்லை. மீண்டும் வெளியிட முடியுமா?"_s,
              u"வணக்கம் {first}! நிச்சயமாக. உங்கள் GST எண்ணையும் நிறுவனப் பெயரையும் அனுப்புங்கள், {invoice}-ஐ மீண்டும் வெளியிடுகிறேன்."_s,
              { { u"விவரங்களை இணைத்து அனுப்பியுள்ளேன். நன்றி!"_s,
                  u"கிடைத்தது, நன்றி! GST எண் உங்கள் கணக்கில் சேர்க்கப்பட்டது, இனி எல்லா விலைப்பட்டியல்களிலும் இருக்கும்."_s } },
              u"தயார்! புதிய விலைப்பட்டியல் {invoice} உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டது."_s },
            { u"விலைப்பட்டியலில் முகவரியை மாற்ற வேண்டும்"_s,
              u"வணக்கம், நாங்கள் புதிய அலுவலகத்துக்கு மாறியுள்ளோம். அடுத்த விலைப்பட்டியல்களில் முகவரியை எப்படி மாற்றுவது?"_s,
              u"வணக்கம் {first}! அமைப்புகள் → பில்லிங் → விலைப்பட்டியல் விவரங்கள் பகுதியில் முகவரியை மாற்றலாம். வழிமுறைகள்: {article}"_s,
              { { u"மாற்றிவிட்டோம். கடைசி விலைப்பட்டியலையும் புதுப்பிக்க முடியுமா?"_s,
                  u"நிச்சயமாக, இப்போதே மீண்டும் வெளியிடுகிறேன்."_s } },
              u"புதிய விவரங்களுடன் விலைப்பட்டியல் மீண்டும் வெளியிடப்பட்டது. இனிய நாள்!"_s },
        }),
        localTopic(u"csv_export"_s, {
            { u"CSV ஏற்றுமதி தோல்வியடைகிறது"_s,
              u"வணக்கம்! \"பிராந்திய வாரியான வருவாய்\" அறிக்கையை CSV-ஆக ஏற்றுமதி செய்யும்போது ஒரு நிமிடம் கழித்து \"ஏதோ தவறு நடந்துவிட்டது\" என்று பிழை வருகிறது. குறுகிய காலத்துக்கு வேலை செய்கிறது."_s,
              u"வணக்கம் {first}! மிகப் பெரிய ஏற்றுமதிகள் (பத்து லட்சத்துக்கும் மேற்பட்ட வரிசைகள்) தற்போது உலாவியில் முடிவடைவதில்லை. நாங்கள் சரிசெய்யும் வரை, திட்டமிடப்பட்ட ஏற்றுமதியைப் பயன்படுத்துங்கள்: {article}"_s,
              { { u"திட்டமிடப்பட்ட ஏற்றுமதி வேலை செய்தது, நன்றி. சாதாரண ஏற்றுமதியும் சரிசெய்யப்படுமா?"_s,
                  u"ஆம், எங்கள் பொறியாளர்கள் ஏற்கனவே இதில் வேலை செய்கிறார்கள் ({ticket}). உங்கள் உரையாடலை அந்தப் பணியுடன் இணைத்துள்ளேன்."_s } },
              u"இன்று காலை திருத்தம் வெளியிடப்பட்டது, பெரிய அறிக்கைகள் இப்போது சரியாக ஏற்றுமதியாகின்றன. பொறுமைக்கு நன்றி!"_s },
            { u"ஏற்றுமதி 99%-இல் நின்றுவிட்டது"_s,
              u"CSV ஏற்றுமதி ஒரு மணி நேரமாக 99%-இல் நிற்கிறது. நாளை காலை இயக்குநர் குழுக் கூட்டத்துக்கு இது தேவை!"_s,
              u"வணக்கம் {first}, இது எங்கள் பக்கப் பிழை, எங்கள் பொறியாளர்கள் ஏற்கனவே இதில் வேலை செய்கிறார்கள் ({ticket}). உங்களுக்காக நானே ஏற்றுமதி செய்து தரலாம். எந்தக் காலத்துக்கு வேண்டும்?"_s,
              { { u"கடந்த காலாண்டுக்கு, எல்லாப் பிராந்தியங்களுக்கும் வேண்டும்."_s,
                  u"இதோ உங்கள் ஏற்றுமதி (இணைப்பு 7 நாட்கள் செல்லுபடியாகும்): https://app.northwind.example/exports/{n}"_s } },
              u"திருத்தம் வெளியிடப்பட்டது: ஏற்றுமதி இனி 99%-இல் நிற்காது. கூட்டம் சிறப்பாக நடக்க வாழ்த்துகள்!"_s },
        }),
        localTopic(u"refund"_s, {
            { u"ஆண்டுத் திட்டத்துக்கான பணத்தைத் திரும்பப் பெறுதல்"_s,
              u"வணக்கம். எங்கள் சக ஊழியர் தவறுதலாக ஆண்டு {plan} திட்டத்துக்கு மாற்றிவிட்டார். நாங்கள் மாதாந்திரக் கட்டணத்திலேயே இருக்க விரும்பினோம். வித்தியாசத் தொகையைத் திரும்பப் பெற முடியுமா?"_s,
              u"வணக்கம் {first}! திட்டம் மாற்றப்பட்டதைப் பார்க்கிறேன். 14 நாட்களுக்குள் என்பதால் முழுத் தொகையும் திரும்பக் கிடைக்கும் ({article}). இப்போதே செயல்படுத்துகிறேன்."_s,
              { { u"நன்றி! கார்டில் தெரிய எத்தனை நாட்கள் ஆகும்?"_s,
                  u"வங்கியைப் பொறுத்து பொதுவாக 5–10 வேலை நாட்கள் ஆகும்."_s } },
              u"${amount} திருப்பி அனுப்பப்பட்டது, ரசீது உங்கள் மின்னஞ்சலுக்கு வரும். உங்கள் திட்டம் மீண்டும் மாதாந்திரமாக உள்ளது."_s },
            { u"இரண்டு முறை கட்டணம் வசூலிக்கப்பட்டது"_s,
              u"வணக்கம், {date} அன்று எங்கள் கார்டில் ${amount} இரண்டு முறை வசூலிக்கப்பட்டுள்ளது. ஒன்றைத் திருப்பித் தாருங்கள்."_s,
              u"தெரிவித்ததற்கு நன்றி, {first}. இரண்டு கட்டணங்களையும் பார்க்கிறேன்; கட்டணச் சேவையில் ஏற்பட்ட கோளாறுக்குப் பிறகு மீண்டும் முயற்சித்ததால் இரண்டாவது வந்தது. பணத்தைத் திருப்பி அனுப்புகிறேன்."_s,
              { { u"அருமை. இது மீண்டும் நடக்காமல் தடுக்க முடியுமா?"_s,
                  u"அந்தக் கோளாறு எங்கள் அமைப்பில் சரிசெய்யப்பட்டுவிட்டது, எனவே மீண்டும் நடக்காது."_s } },
              u"முடிந்தது: கூடுதலாக வசூலான ${amount} திருப்பி அனுப்பப்பட்டது, ரசீது உங்கள் மின்னஞ்சலுக்கு அனுப்பப்பட்டது."_s },
        }),
        localTopic(u"feature_request"_s, {
            { u"கோரிக்கை: அட்டவணைப்படி PDF அறிக்கைகள்"_s,
              u"எங்களுக்கு Northwind மிகவும் பிடித்திருக்கிறது! ஒவ்வொரு திங்கட்கிழமையும் டாஷ்போர்டின் PDF-ஐ நிர்வாகத்துக்குத் தானாக அனுப்ப முடியுமா?"_s,
              u"நன்றி {first}, சிறந்த யோசனை! அட்டவணைப்படி PDF இன்னும் இல்லை, ஆனால் திட்டமிடப்பட்ட CSV ஏற்றுமதி உள்ளது: {article}. உங்கள் வாக்கைக் கோரிக்கையில் சேர்த்துவிட்டேன்."_s,
              { { u"நன்றி! தோராயமான காலக்கெடு ஏதாவது உள்ளதா?"_s,
                  u"இன்னும் உறுதியான தேதி இல்லை, ஆனால் வேலை நடந்து வருகிறது. செய்தி வந்ததும் இங்கே தெரிவிக்கிறேன்."_s } },
              u"இந்த உரையாடலை மூடுகிறேன், ஆனால் உங்கள் கோரிக்கை பதிவு செய்யப்பட்டுள்ளது; வெளியானதும் தெரிவிப்போம். கருத்துக்கு நன்றி!"_s },
            { u"டார்க் மோட் வருமா?"_s,
              u"டார்க் மோட் கொண்டுவரும் திட்டம் உள்ளதா? எங்கள் குழுவில் பலர் இரவில் வேலை செய்கிறார்கள்."_s,
              u"வணக்கம் {first}! டார்க் மோட் இந்த ஆண்டுக்கான எங்கள் திட்டத்தில் உள்ளது. பீட்டா பட்டியலில் உங்கள் நிறுவனத்தைச் சேர்த்துவிட்டேன்."_s,
              { { u"பீட்டாவில் கலந்துகொள்ள ஆர்வமாக இருக்கிறோம்."_s,
                  u"அருமை! அழைப்புகள் சில வாரங்களுக்கு ஒருமுறை குழுக்களாக அனுப்பப்படுகின்றன."_s } },
              u"யோசனைக்கு நன்றி! நீங்கள் பீட்டா பட்டியலில் இருக்கிறீர்கள், டார்க் மோட் தயாரானதும் முதலில் உங்களுக்குத் தெரியவரும்."_s },
        }),
    };
    p.customerThanks = { u"மிக்க நன்றி, வேலை செய்கிறது!"_s, u"அருமை, விரைவான உதவிக்கு நன்றி!"_s,
                         u"நன்றி, {agent}!"_s };
    p.customerNudges = { u"ஏதாவது தகவல் உள்ளதா?"_s, u"வணக்கம், எங்கள் கேள்வியை நினைவூட்டுகிறேன்."_s };
    p.customerReopen = { u"மீண்டும் வணக்கம், இன்று காலை மறுபடியும் அதே பிரச்சினை."_s,
                         u"மீண்டும் எழுதுவதற்கு மன்னிக்கவும், பிழை திரும்ப வந்துவிட்டது."_s };
    p.customerExtras = { u"{company} சார்பாக எழுதுகிறேன்."_s, u"இது கொஞ்சம் அவசரம்."_s, u"முன்கூட்டியே நன்றி!"_s };
    p.agentSnooze = { u"குழுவுடன் சரிபார்க்கிறேன், பதில் வந்ததும் தெரிவிக்கிறேன்."_s,
                      u"எல்லாம் சரியாக வேலை செய்கிறதா என்று நாளை கேட்கிறேன்."_s };
    p.moreExchanges = {
        { u"ஏதாவது தகவல் உள்ளதா?"_s,
          u"இன்னும் இல்லை, மன்னிக்கவும். குழுவுடன் சரிபார்த்துக்கொண்டிருக்கிறேன், ஏதாவது தெரிந்ததும் எழுதுகிறேன்."_s },
        { u"வணக்கம், எங்கள் கேள்வியை நினைவூட்டுகிறேன்."_s,
          u"நினைவூட்டியதற்கு நன்றி! முன்னுரிமையை உயர்த்தி, இன்றே பதில் தரச் சொல்லியிருக்கிறேன்."_s },
        { u"மீண்டும் முயற்சித்தேன், அதே முடிவுதான்."_s,
          u"சரிபார்த்ததற்கு நன்றி. முயற்சித்த சரியான நேரத்தைச் சொல்ல முடியுமா? பதிவுகளில் கண்டுபிடிக்க எளிதாக இருக்கும்."_s },
    };
    p.emailSignoffCustomer = u"\n\nநன்றியுடன்,\n{customer}\n{company}"_s;
    p.emailSignoffAgent = u"\n\nநன்றியுடன்,\n{agentFull}\nNorthwind ஆதரவுக் குழு"_s;
    return p;
}

} // namespace

const LanguagePack &pack(Lang lang)
{
    static const QList<LanguagePack> packs { english(), russian(), greek(), armenian(), tamil() };
    return packs.at(int(lang));
}

int planRank(const QString &plan)
{
    static const QStringList order { u"free"_s, u"starter"_s, u"pro"_s, u"enterprise"_s };
    return int(order.indexOf(plan));
}

const Topic &englishTopic(const QString &key)
{
    const LanguagePack &en = pack(Lang::En);
    for (const Topic &t : en.topics)
        if (t.key == key)
            return t;
    return en.topics.first();
}

QList<const Topic *> topicsForPlan(Lang lang, const QString &plan)
{
    QList<const Topic *> out;
    const int rank = std::max(0, planRank(plan));
    for (const Topic &t : pack(lang).topics)
        if (rank >= planRank(englishTopic(t.key).minPlan))
            out.append(&t);
    return out;
}

const QList<TeamSpec> &teams()
{
    static const QList<TeamSpec> list {
        { u"support"_s, u"Support"_s },
        { u"billing"_s, u"Billing"_s },
        { u"technical"_s, u"Technical"_s },
        { u"onboarding"_s, u"Onboarding"_s },
    };
    return list;
}

const QList<AgentSpec> &agents()
{
    static const QList<AgentSpec> list {
        { u"Maya Lindqvist"_s, u"admin@demo.confab"_s, u"admin"_s, { u"support"_s, u"onboarding"_s } },
        { u"Daniel Okafor"_s, u"lead@demo.confab"_s, u"lead"_s, { u"support"_s, u"billing"_s } },
        { u"Priya Raman"_s, u"agent@demo.confab"_s, u"agent"_s, { u"support"_s, u"technical"_s } },
        { u"Tomás Herrera"_s, u"tomas@demo.confab"_s, u"agent"_s, { u"technical"_s } },
        { u"Hannah Becker"_s, u"hannah@demo.confab"_s, u"lead"_s, { u"billing"_s } },
        { u"Kenji Watanabe"_s, u"kenji@demo.confab"_s, u"agent"_s, { u"technical"_s } },
        { u"Sofia Marchetti"_s, u"sofia@demo.confab"_s, u"agent"_s, { u"onboarding"_s, u"support"_s } },
        { u"Liam O'Connor"_s, u"liam@demo.confab"_s, u"agent"_s, { u"billing"_s, u"support"_s } },
        { u"Aisha Bello"_s, u"aisha@demo.confab"_s, u"agent"_s, { u"onboarding"_s } },
        { u"Elena Sokolova"_s, u"elena@demo.confab"_s, u"agent"_s, { u"support"_s }, Lang::Ru },
        { u"Nikos Georgiou"_s, u"nikos@demo.confab"_s, u"agent"_s, { u"support"_s }, Lang::El },
        { u"Ani Hakobyan"_s, u"ani@demo.confab"_s, u"agent"_s, { u"support"_s, u"technical"_s }, Lang::Hy },
        { u"Karthik Subramanian"_s, u"karthik@demo.confab"_s, u"agent"_s, { u"support"_s, u"billing"_s }, Lang::Ta },
    };
    return list;
}

const QStringList &noteAnswers()
{
    static const QStringList list {
        u"{mention} approved, go ahead."_s,
        u"{mention} on it, will update here within the hour."_s,
        u"{mention} yes, that's fine for this account."_s,
        u"{mention} done, should be live in a few minutes."_s,
        u"{mention} thanks for the heads-up, I'll take it from here."_s,
        u"{mention} agreed. Let's keep the customer posted here."_s,
    };
    return list;
}

const QStringList &plainNotes()
{
    static const QStringList list {
        u"Heads-up: {company} is on {plan} with {seats} seats, MRR ${amount}."_s,
        u"Checked the logs, nothing unusual on our side so far."_s,
        u"Possibly related to {ticket}, keeping an eye on it."_s,
        u"Customer called in as well; same issue, nothing new."_s,
        u"Second time this month for {company}. Worth a look from their success manager."_s,
    };
    return list;
}

const QList<ArticleSpec> &articles()
{
    static const QList<ArticleSpec> list {
        { u"reset-your-password"_s, u"Reset your password"_s,
          u"If you've forgotten your password, or the one you have stopped working, you can set a new one from the login page in a minute."_s,
          { u"Open app.northwind.example and click \"Forgot password?\"."_s,
            u"Enter the email address you use for Northwind and press Send link."_s,
            u"Open the email from no-reply@northwind.example and click the link within 30 minutes."_s,
            u"Choose a new password of at least 12 characters."_s },
          u"No email after five minutes? Check your spam or quarantine folder; some security scanners open links before you do, which uses them up."_s },
        { u"sso-saml-setup"_s, u"Set up SAML single sign-on"_s,
          u"On the Enterprise plan, your team can sign in to Northwind through your identity provider (Okta, Azure AD, Google Workspace, OneLogin or any SAML 2.0 IdP)."_s,
          { u"In your IdP, create a SAML application with the ACS URL and Entity ID shown under Settings > Security > SSO."_s,
            u"Set the NameID format to email address and map the user's email to it."_s,
            u"Download the IdP certificate in Base64 (PEM) format and paste it into Northwind."_s,
            u"Test the connection with your own account before you enforce SSO for everyone."_s },
          u"Keep at least one admin able to log in with a password until you've confirmed SSO works."_s },
        { u"refund-policy"_s, u"Refund policy"_s,
          u"We want you to pay only for what you use. Here's when we refund, and how."_s,
          { u"Monthly plans: charges from the last 14 days are refundable in full if the workspace wasn't used after the charge."_s,
            u"Annual plans: refundable pro rata within 30 days of the charge."_s,
            u"Duplicate or mistaken charges are always refunded in full."_s },
          u"Refunds go back to the original payment method and usually appear within 5 to 10 business days."_s },
        { u"update-billing-details"_s, u"Update your billing details, VAT number and PO number"_s,
          u"Invoices show the company name, address, tax id and purchase order number stored on your account. Admins can change them at any time."_s,
          { u"Go to Settings > Billing > Invoice details."_s,
            u"Edit the company name, address, VAT/tax id or PO number."_s,
            u"Add extra billing contacts if your finance team needs a copy of every invoice."_s },
          u"Changes apply to new invoices. Ask us to reissue an older one and we'll do it the same day."_s },
        { u"export-data-to-csv"_s, u"Export data to CSV"_s,
          u"Any report or table can be exported to CSV for use in spreadsheets or other tools."_s,
          { u"Open the report and choose Export > CSV."_s,
            u"Tick \"Excel-compatible CSV\" if you'll open the file in Excel."_s,
            u"For more than a million rows, use Export > Schedule export; we'll email a download link when it's ready."_s },
          u"Exports are UTF-8. Download links stay valid for 7 days."_s },
        { u"api-rate-limits"_s, u"API rate limits"_s,
          u"The Northwind API limits how many requests a workspace can make, so one busy integration can't slow down everyone else."_s,
          { u"Starter: 10 requests per second. Pro: 25. Enterprise: 100, with higher limits on request."_s,
            u"Every response carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers."_s,
            u"When you're over the limit we answer 429 with a Retry-After header in seconds."_s,
            u"Batch events: /v2/events accepts up to 500 events per request."_s },
          u"Back off exponentially on 429s, and never retry in a tight loop."_s },
        { u"webhooks"_s, u"Receive webhooks"_s,
          u"Webhooks tell your systems the moment something happens in Northwind: a report finished, an alert fired, a member joined."_s,
          { u"Add an endpoint under Settings > Developers > Webhooks and pick the events you want."_s,
            u"Verify each delivery: compute an HMAC-SHA256 of the raw body with your signing secret and compare it with X-Northwind-Signature."_s,
            u"Answer with a 2xx status within 10 seconds; do the heavy work in a queue."_s,
            u"Use the Idempotency-Key header to ignore repeated deliveries."_s },
          u"After 50 failed deliveries in a row we pause the endpoint. Resuming it replays the last 72 hours."_s },
        { u"speed-up-dashboards"_s, u"Make slow dashboards fast"_s,
          u"Most slow dashboards have one or two widgets that scan far more data than they show."_s,
          { u"Open the dashboard with ?debug=timing to see how long each widget takes."_s,
            u"Add a date filter to widgets that don't need your whole history."_s,
            u"Turn on caching for widgets whose data changes once a day."_s,
            u"Split very large dashboards into several focused ones."_s },
          u"Still slow? Send us the dashboard link and we'll look at the queries with you."_s },
        { u"share-feedback"_s, u"Share feedback and feature requests"_s,
          u"Much of Northwind was built from customer suggestions. Here's how to send yours and follow what happens to it."_s,
          { u"Tell us in the chat or by email; we log every request with your account."_s,
            u"Vote on existing ideas at feedback.northwind.example."_s,
            u"Join the beta program under Settings > Labs to try new features early."_s },
          u"We email everyone who asked for a feature when it ships."_s },
        { u"gdpr-data-requests"_s, u"Handle GDPR deletion and access requests"_s,
          u"Northwind helps you answer data subject requests about the people whose data you send us."_s,
          { u"To delete a person: People > Profile > Delete person data. Events and attributes are removed within 24 hours."_s,
            u"To export a person's data: People > Profile > Export as JSON."_s,
            u"For bulk requests, use the /v2/people/delete API endpoint."_s },
          u"Backups expire after 30 days and deleted data is never restored from them."_s },
        { u"manage-seats"_s, u"Add and remove seats"_s,
          u"Your plan includes a number of seats: one per teammate who can log in."_s,
          { u"Go to Settings > Billing > Seats and change the number."_s,
            u"New seats are billed pro rata for the rest of the billing period."_s,
            u"Removing seats gives a credit on your next invoice."_s },
          u"Viewers who only receive scheduled reports by email don't need a seat."_s },
        { u"connect-your-first-data-source"_s, u"Connect your first data source"_s,
          u"Northwind reads from databases, warehouses and SaaS tools. Connecting one takes a few minutes."_s,
          { u"Go to Sources > Add source and pick your database or tool."_s,
            u"Allow our IP addresses 34.90.12.0/24 and 35.204.88.0/24 through your firewall."_s,
            u"Create a read-only user for Northwind, ideally on an analytics replica."_s,
            u"Choose the schemas to sync and run the connection test."_s },
          u"Start from a template (SaaS Metrics, E-commerce, Product Usage) to get a first dashboard right away."_s },
        { u"update-payment-method"_s, u"Update your payment method"_s,
          u"If a payment fails we retry it for 14 days and email the account owner. Here's how to fix it quickly."_s,
          { u"Go to Settings > Billing > Payment method and add a new card."_s,
            u"Click Retry payment on the open invoice."_s,
            u"If the bank declined the charge, call them; fraud checks often block international SaaS payments."_s },
          u"Annual plans can also be paid by bank transfer; ask us to switch the next invoice."_s },
        { u"roles-and-permissions"_s, u"Roles and permissions"_s,
          u"Every member has a role, and folders can narrow access further."_s,
          { u"Admins manage billing, members and security settings."_s,
            u"Editors create and change dashboards in folders they can edit."_s,
            u"Viewers see dashboards but can't change them, unless a folder grants them edit rights."_s,
            u"Use groups to give a team access to a folder in one step."_s },
          u"Folder permissions override roles, so check them when someone can do more than expected."_s },
        { u"salesforce-integration"_s, u"Salesforce integration"_s,
          u"Sync accounts, opportunities and custom objects from Salesforce every 30 minutes."_s,
          { u"Go to Integrations > Salesforce and click Connect."_s,
            u"Sign in with a Salesforce user that can read the objects you need."_s,
            u"Pick the objects and fields to sync."_s },
          u"Salesforce revokes the connection when that user's password changes; use a dedicated integration user to avoid surprises."_s },
        { u"metric-definitions"_s, u"How Northwind calculates MRR, churn and active users"_s,
          u"Numbers only help if everyone agrees what they mean. These are our definitions."_s,
          { u"MRR: recurring revenue after discounts, normalised to a month; one-off charges are excluded unless you include them."_s,
            u"Churn: MRR lost from cancellations and downgrades, divided by MRR at the start of the period."_s,
            u"Active users: distinct user ids with at least one event in the period, across all devices."_s },
          u"Events that arrive late are included for up to 72 hours, so recent days can still change slightly."_s },
        { u"cancel-or-downgrade"_s, u"Cancel or downgrade your plan"_s,
          u"You can change or cancel your plan at any time; changes take effect at the end of the billing period."_s,
          { u"Go to Settings > Billing > Plan."_s,
            u"Choose a smaller plan, or Cancel subscription."_s,
            u"Export anything you want to keep; data stays available for 30 days after cancellation."_s },
          u"Need a break instead? Ask us about pausing your account for up to three months."_s },
        { u"two-factor-authentication"_s, u"Two-factor authentication"_s,
          u"Protect your account with a one-time code from an authenticator app."_s,
          { u"Go to Profile > Security > Two-factor authentication."_s,
            u"Scan the QR code with your authenticator app and enter the code."_s,
            u"Save your recovery codes somewhere safe."_s },
          u"Codes rejected? Make sure your phone sets its time automatically."_s },
        { u"scheduled-exports"_s, u"Schedule exports and reports"_s,
          u"Send a report to your inbox, or a file to cloud storage, on a schedule."_s,
          { u"Open the report and choose Export > Schedule."_s,
            u"Pick a format (CSV or XLSX), a frequency and the recipients."_s,
            u"Optionally deliver to S3, Google Cloud Storage or SFTP."_s },
          u"Scheduled exports run in the background, so they work for very large reports."_s },
        { u"build-your-first-dashboard"_s, u"Build your first dashboard"_s,
          u"Dashboards bring together the numbers your team looks at every day."_s,
          { u"Click New > Dashboard and give it a name."_s,
            u"Add a widget, pick a metric and a chart type."_s,
            u"Add filters (date range, plan, country) that apply to every widget."_s,
            u"Share it with your team or schedule it by email."_s },
          u"Templates are a fast start: SaaS Metrics, E-commerce and Product Usage."_s },
        { u"invite-teammates"_s, u"Invite teammates"_s,
          u"Northwind is better with your whole team in it."_s,
          { u"Go to Settings > Members > Invite."_s,
            u"Enter email addresses and pick a role for each person."_s,
            u"Invitations expire after 7 days; resend them from the same page."_s },
          u"On Enterprise plans with SSO, people can join automatically the first time they sign in."_s },
        { u"slack-alerts"_s, u"Metric alerts in Slack and email"_s,
          u"Get told when a metric crosses a threshold instead of checking dashboards."_s,
          { u"Go to Alerts > New alert and pick a metric."_s,
            u"Set the condition, for example daily signups below 50."_s,
            u"Choose Slack, email or a webhook as the destination."_s },
          u"Alerts are checked every 15 minutes on Pro and every 5 minutes on Enterprise."_s },
        { u"hubspot-integration"_s, u"HubSpot integration"_s,
          u"Bring contacts, companies and deals from HubSpot into Northwind."_s,
          { u"Go to Integrations > HubSpot and click Connect."_s,
            u"Choose which pipelines to sync; deals in other pipelines are skipped."_s,
            u"The first sync can take up to an hour for large portals."_s },
          u"Missing deals are almost always in a pipeline that isn't selected."_s },
        { u"snowflake-connector"_s, u"Connect Snowflake"_s,
          u"Query your Snowflake warehouse directly from Northwind."_s,
          { u"Create a role and user for Northwind."_s,
            u"Grant USAGE on the warehouse, database and schema, and SELECT on the tables."_s,
            u"Enter the account identifier, user and key pair under Sources > Snowflake."_s },
          u"Use a small dedicated warehouse with auto-suspend to keep costs predictable."_s },
        { u"bigquery-connector"_s, u"Connect BigQuery"_s,
          u"Query BigQuery datasets from Northwind with a service account."_s,
          { u"Create a service account with the BigQuery Data Viewer and Job User roles."_s,
            u"Download its JSON key."_s,
            u"Upload the key under Sources > BigQuery and pick the datasets."_s },
          u"Set a maximum bytes billed per query in the source settings to avoid surprises."_s },
        { u"ip-allowlist"_s, u"Restrict access by IP address"_s,
          u"Enterprise workspaces can allow logins only from office or VPN addresses."_s,
          { u"Go to Settings > Security > IP allowlist."_s,
            u"Add addresses or CIDR ranges, one per line."_s,
            u"Turn the allowlist on; your current address is always added so you can't lock yourself out."_s },
          u"API keys can have their own allowlist for server-to-server traffic."_s },
        { u"api-authentication"_s, u"Authenticate API requests"_s,
          u"The Northwind API uses workspace API keys sent as bearer tokens."_s,
          { u"Create a key under Settings > Developers > API keys."_s,
            u"Send it as Authorization: Bearer YOUR_KEY."_s,
            u"Give each integration its own key so you can revoke one without breaking the others."_s },
          u"Keys are shown once. Store them in a secret manager, never in source code."_s },
        { u"embed-dashboards"_s, u"Embed dashboards in your product"_s,
          u"Show Northwind dashboards inside your own app with signed embed links."_s,
          { u"Turn on embedding for the dashboard under Share > Embed."_s,
            u"Sign embed URLs on your server with the embed secret."_s,
            u"Pass filters in the signed payload so each customer sees only their data."_s },
          u"Embedded dashboards don't need seats; they're billed by monthly views."_s },
        { u"data-retention"_s, u"Data retention"_s,
          u"How long Northwind keeps your events, and how to change it."_s,
          { u"Events are kept for 2 years on Starter and Pro, 5 years on Enterprise."_s,
            u"Admins can shorten retention under Settings > Data > Retention."_s,
            u"Aggregated metrics are kept for as long as your account exists."_s },
          u"Shorter retention can also make dashboards faster."_s },
        { u"audit-log"_s, u"Audit log"_s,
          u"See who changed what, and when, across your workspace."_s,
          { u"Go to Settings > Audit (Enterprise plan)."_s,
            u"Filter by member, action or date."_s,
            u"Export the log as CSV or stream it to your SIEM via webhook."_s },
          u"Audit entries are kept for one year."_s },
        { u"custom-metrics"_s, u"Create custom metrics"_s,
          u"Define a metric once and use it in every dashboard."_s,
          { u"Go to Metrics > New metric."_s,
            u"Pick an event or table, an aggregation and optional filters."_s,
            u"Give it a clear name and description so your team knows what it means."_s },
          u"Changing a metric's definition updates every widget that uses it."_s },
        { u"plans-and-pricing"_s, u"Plans and pricing"_s,
          u"An overview of what each plan includes."_s,
          { u"Free: 2 seats, 1 data source, 30 days of history."_s,
            u"Starter: 5 seats, 5 data sources, scheduled exports."_s,
            u"Pro: unlimited data sources, alerts, API access, 2 years of history."_s,
            u"Enterprise: SSO/SAML, audit log, IP allowlist, 99.9% SLA and a success manager."_s },
          u"Annual plans save two months compared with paying monthly."_s },
        { u"mobile-app"_s, u"Northwind on your phone"_s,
          u"Check your dashboards and alerts on the go with the Northwind app for iOS and Android."_s,
          { u"Install Northwind from the App Store or Google Play."_s,
            u"Sign in with your usual account or SSO."_s,
            u"Star dashboards to pin them to the home screen."_s },
          u"Push notifications for alerts can be turned on per alert."_s },
    };
    return list;
}

QString articleBody(const ArticleSpec &a)
{
    QString body = a.summary + u"\n\n"_s;
    for (qsizetype i = 0; i < a.steps.size(); ++i)
        body += QString::number(i + 1) + u". "_s + a.steps.at(i) + u"\n"_s;
    body += u"\n"_s + a.tip + u"\n\n"_s
        + u"Still stuck? Open the chat in the app or reply to any email from us; we answer within a few hours on business days."_s;
    return body;
}

const QList<SavedReplySpec> &savedReplies()
{
    static const QList<SavedReplySpec> list {
        { u"Greeting"_s, u"Hi there, thanks for reaching out! I'm looking into this now and will get back to you shortly."_s },
        { u"Password reset"_s,
          u"I've just sent you a fresh password reset link. It's valid for 30 minutes; if it doesn't arrive, please check your spam or quarantine folder. Guide: https://help.northwind.example/articles/reset-your-password"_s },
        { u"Refund approved"_s,
          u"Good news: your refund has been approved and issued. It usually appears on your statement within 5 to 10 business days, and a receipt is on its way to your billing email."_s },
        { u"Invoice reissued"_s,
          u"I've reissued the invoice with the updated details and sent it to your billing contacts. Let me know if your finance team needs anything else."_s },
        { u"Escalated to engineering"_s,
          u"Thanks for the details. I've passed this to our engineering team with everything you sent. I'll update you here as soon as I hear back, usually within one business day."_s },
        { u"No reply, closing"_s,
          u"I haven't heard back, so I'll close this conversation for now. If you still need help, just reply here and it'll reopen with the full history."_s },
        { u"SSO setup guide"_s,
          u"Here's our step-by-step SAML guide, with screenshots for Okta and Azure AD: https://help.northwind.example/articles/sso-saml-setup. I'm happy to jump on a call if anything is unclear."_s },
        { u"Rate limits explained"_s,
          u"Our API limits depend on your plan, and every response includes X-RateLimit headers. Batching events (up to 500 per request) is the quickest win. Details: https://help.northwind.example/articles/api-rate-limits"_s },
        { u"GDPR deletion confirmed"_s,
          u"The deletion you requested is complete: the person's profile, events and attributes have been removed. Backups expire within 30 days and are never restored."_s },
        { u"Feature request logged"_s,
          u"Thanks for the suggestion! I've logged it with our product team together with your account, and we'll email you when it ships."_s },
        { u"Payment failed"_s,
          u"Your last payment didn't go through. You can update your card under Settings > Billing > Payment method and click Retry payment; nothing is suspended while we sort it out."_s },
        { u"Book an onboarding call"_s,
          u"I'd love to walk your team through Northwind. Pick a time that suits you here: https://northwind.example/onboarding"_s },
    };
    return list;
}

const QStringList &contactTags()
{
    static const QStringList list { u"vip"_s, u"trial"_s, u"churn-risk"_s, u"beta"_s, u"agency"_s, u"nonprofit"_s,
                                    u"education"_s, u"partner"_s };
    return list;
}

const QStringList &keywordPool()
{
    static const QStringList list { u"retention"_s, u"cohorts"_s, u"mrr"_s, u"funnel"_s, u"attribution"_s,
                                    u"churn"_s, u"forecasting"_s, u"a/b tests"_s, u"ltv"_s, u"activation"_s,
                                    u"pipeline"_s, u"inventory"_s, u"nps"_s, u"marketing spend"_s };
    return list;
}

const QStringList &promoCodes()
{
    static const QStringList list { u"SPRING24"_s, u"PARTNER15"_s, u"STARTUP50"_s, u"BLACKFRIDAY"_s,
                                    u"NONPROFIT30"_s, u"WEBINAR10"_s };
    return list;
}

const QStringList &integrations()
{
    static const QStringList list { u"Salesforce"_s, u"HubSpot"_s, u"Snowflake"_s, u"BigQuery"_s, u"Stripe"_s,
                                    u"Slack"_s, u"Postgres"_s, u"Shopify"_s };
    return list;
}

const QStringList &dashboardNames()
{
    static const QStringList list { u"Weekly KPIs"_s, u"Revenue by Region"_s, u"Cohort Retention"_s,
                                    u"Marketing Funnel"_s, u"Board Metrics"_s, u"Product Usage"_s,
                                    u"Support Volume"_s, u"Inventory Health"_s };
    return list;
}

const QStringList &signupSources()
{
    static const QStringList list { u"google"_s, u"referral"_s, u"producthunt"_s, u"linkedin"_s, u"partner"_s,
                                    u"webinar"_s, u"direct"_s };
    return list;
}

} // namespace confab::server::seeddata
