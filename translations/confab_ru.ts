<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>confab::app::DemoServer</name>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Не удалось запустить демо-сервер (%1): %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>Демо-сервер остановился (код выхода %1). %2</translation>
    </message>
    <message>
        <source>The demo server did not start within 30 seconds.</source>
        <translation>Демо-сервер не запустился за 30 секунд.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Не удалось создать временную папку для демо: %1</translation>
    </message>
    <message>
        <source>confabd was not found next to confab, in CONFABD_BINARY or on the PATH.</source>
        <translation>confabd не найден ни рядом с confab, ни в CONFABD_BINARY, ни в PATH.</translation>
    </message>
    <message>
        <source>The demo server reported an address that cannot be used: %1</source>
        <translation>Демо-сервер сообщил адрес, которым нельзя воспользоваться: %1</translation>
    </message>
</context>
<context>
    <name>confab::app::DesktopApp</name>
    <message>
        <source>Could not sign in to the demo server: %1</source>
        <translation>Не удалось войти на демо-сервер: %1</translation>
    </message>
    <message>
        <source>The demo never stores a sign-in.</source>
        <translation>В демо-режиме данные для входа не сохраняются.</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Эта сборка не поддерживает связку ключей.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Неверный адрес эл. почты или пароль.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Нет связи с %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Не удалось открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>Could not save that: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Сеанс больше не действителен. Войдите снова.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (демо)</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Вы вышли на этом компьютере, но сообщить об этом серверу не удалось: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::ActivityTracker</name>
    <message>
        <source>A teammate</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 и %2 печатают…</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are typing…</source>
        <translation>
            <numerusform>%n коллега печатает…</numerusform>
            <numerusform>%n коллеги печатают…</numerusform>
            <numerusform>%n коллег печатают…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also viewing</source>
        <translation>%1 тоже просматривает</translation>
    </message>
    <message>
        <source>%1 and %2 are also viewing</source>
        <translation>%1 и %2 тоже просматривают</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are also viewing</source>
        <translation>
            <numerusform>%n коллега тоже просматривает</numerusform>
            <numerusform>%n коллеги тоже просматривают</numerusform>
            <numerusform>%n коллег тоже просматривают</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AdminLinks</name>
    <message>
        <source>This customer has no %1, so the link cannot be filled in.</source>
        <translation>У клиента не указано: %1 — ссылку нельзя заполнить.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Открывать можно только ссылки http, https и mailto.</translation>
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation>Укажите название ссылки.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Название слишком длинное (не более %1 симв.).</translation>
    </message>
    <message>
        <source>Enter the link&apos;s address.</source>
        <translation>Введите адрес ссылки.</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>Адрес слишком длинный (не более %1 симв.).</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or mailto:.</source>
        <translation>Адрес должен начинаться с http://, https:// или mailto:.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>В адресе нет имени хоста.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: write it as {attribute}.</source>
        <translation>Подстановка не закрыта: пишите её как {атрибут}.</translation>
    </message>
</context>
<context>
    <name>confab::models::AgentPresence</name>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>confab::models::ArticleSearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AssignPickerModel</name>
    <message>
        <source>Assigned to someone else: only leads and admins can reassign it.</source>
        <translation>Назначен другому сотруднику: переназначить могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Assigned to %1: only leads and admins can reassign it.</source>
        <translation>Назначен: %1. Переназначить могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign conversations to teammates.</source>
        <translation>Назначать разговоры коллегам могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Я (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открытый</numerusform>
            <numerusform>%n открытых</numerusform>
            <numerusform>%n открытых</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (назначен сейчас)</translation>
    </message>
</context>
<context>
    <name>confab::models::AttributeFormat</name>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Версия браузера</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>ОС</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>через %n неделю</numerusform>
            <numerusform>через %n недели</numerusform>
            <numerusform>через %n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>через %n месяц</numerusform>
            <numerusform>через %n месяца</numerusform>
            <numerusform>через %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>через %n год</numerusform>
            <numerusform>через %n года</numerusform>
            <numerusform>через %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n неделю назад</numerusform>
            <numerusform>%n недели назад</numerusform>
            <numerusform>%n недель назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n месяц назад</numerusform>
            <numerusform>%n месяца назад</numerusform>
            <numerusform>%n месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n год назад</numerusform>
            <numerusform>%n года назад</numerusform>
            <numerusform>%n лет назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>(список)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(объект)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Визитов не было</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>Сейчас в сети</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Последний визит: %1</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 по местному времени (%2)</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Клиент без имени</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AwaySummary</name>
    <message>
        <source>A conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 new message</source>
        <translation>1 новое сообщение</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n новое сообщение</numerusform>
            <numerusform>%n новых сообщения</numerusform>
            <numerusform>%n новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Вас упомянули</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 упоминает вас</translation>
    </message>
    <message>
        <source>Unassigned from you</source>
        <translation>Снят с вас</translation>
    </message>
    <message>
        <source>Reassigned to %1</source>
        <translation>Передан: %1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначен вам</translation>
    </message>
    <message>
        <source>1 new message in your conversations</source>
        <translation>1 новое сообщение в ваших разговорах</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in your conversations</source>
        <translation>
            <numerusform>%n новое сообщение в ваших разговорах</numerusform>
            <numerusform>%n новых сообщения в ваших разговорах</numerusform>
            <numerusform>%n новых сообщений в ваших разговорах</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 упоминание</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation reassigned away from you</source>
        <translation>1 разговор передан другому сотруднику</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations reassigned away from you</source>
        <translation>
            <numerusform>%n разговор передан другим сотрудникам</numerusform>
            <numerusform>%n разговора переданы другим сотрудникам</numerusform>
            <numerusform>%n разговоров передано другим сотрудникам</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation assigned to you</source>
        <translation>1 разговор назначен вам</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations assigned to you</source>
        <translation>
            <numerusform>%n разговор назначен вам</numerusform>
            <numerusform>%n разговора назначены вам</numerusform>
            <numerusform>%n разговоров назначено вам</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away: nothing new for you.</source>
        <translation>Пока вас не было, для вас ничего нового.</translation>
    </message>
    <message>
        <source>While you were away: %1.</source>
        <translation>Пока вас не было: %1.</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactAdminLinksModel</name>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Открывает %1 в браузере</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactConversationsModel</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactDetails</name>
    <message>
        <source>No customer is shown.</source>
        <translation>Клиент не выбран.</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Сначала введите метку.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Метка может быть не длиннее %1 симв.</translation>
    </message>
    <message>
        <source>The customer already has the tag &quot;%1&quot;.</source>
        <translation>У клиента уже есть метка «%1».</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>У клиента может быть не больше %1 меток.</translation>
    </message>
</context>
<context>
    <name>confab::models::ConversationListModel</name>
    <message>
        <source>Unknown contact</source>
        <translation>Неизвестный контакт</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитан</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageFeedModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Внутренняя заметка от %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageNotifier</name>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 упоминает вас</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Новое сообщение от %1</translation>
    </message>
</context>
<context>
    <name>confab::models::OutboxModel</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Снять назначение</translation>
    </message>
    <message>
        <source>Assign to you</source>
        <translation>Назначить вам</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Назначить: %1</translation>
    </message>
    <message>
        <source>Remove the team</source>
        <translation>Снять команду</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Передать команде %1</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Remove the tags</source>
        <translation>Снять метки</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Change the conversation</source>
        <translation>Изменить разговор</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Новый разговор: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Новый разговор</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>Изменить данные клиента</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Waiting to be sent again (the connection dropped before the server answered)</source>
        <translation>Ожидает повторной отправки (связь прервалась до ответа сервера)</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Ожидает подключения</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Held for a few seconds so you can undo it</source>
        <translation>Задержано на несколько секунд, чтобы вы могли отменить отправку</translation>
    </message>
    <message>
        <source>Not sent: Confab closed before the undo time ran out. Send it, edit it or discard it.</source>
        <translation>Не отправлено: Confab закрылся раньше, чем истекло время на отмену. Отправьте, измените или удалите сообщение.</translation>
    </message>
    <message>
        <source>The server refused it: you are not allowed to do this (%1)</source>
        <translation>Сервер отклонил действие: у вас нет на это прав (%1)</translation>
    </message>
    <message>
        <source>The server refused it: the conversation or message no longer exists (%1)</source>
        <translation>Сервер отклонил действие: разговора или сообщения больше нет (%1)</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Сервер отклонил действие: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while you were offline.</source>
        <translation>Пока вы были не в сети, разговор изменил кто-то другой.</translation>
    </message>
    <message>
        <source>Keep theirs, or apply yours on top.</source>
        <translation>Оставьте чужое изменение или примените своё поверх него.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>A conversation no longer in the cache</source>
        <translation>Разговор, которого больше нет в кэше</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>confab::models::SearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::SnoozePresets</name>
    <message>
        <source>In 1 hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Сегодня вечером</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pick a date and time.</source>
        <translation>Выберите дату и время.</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Выберите время в будущем.</translation>
    </message>
    <message>
        <source>Snooze for at most a year.</source>
        <translation>Отложить можно не больше чем на год.</translation>
    </message>
</context>
<context>
    <name>confab::models::TimeFormat</name>
    <message>
        <source>now</source>
        <comment>list time: less than a minute ago</comment>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>compact minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>compact hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>&lt;1m</source>
        <comment>compact: less than a minute</comment>
        <translation>&lt;1 мин</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>compact days</comment>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageCommands</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned %1</source>
        <translation>Снято назначение: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to you</source>
        <translation>Назначено вам: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 — исполнитель: %2</translation>
    </message>
    <message>
        <source>; %1 not allowed: %2</source>
        <translation>; не разрешено для %1: %2</translation>
    </message>
    <message>
        <source>Removed the team from %1</source>
        <translation>Команда снята: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Передано команде %2: %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Решено: %1</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>Открыто снова: %1</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Отложено: %1</translation>
    </message>
    <message>
        <source>Changed the priority of %1</source>
        <translation>Изменён приоритет: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with &quot;%2&quot;</source>
        <translation>Добавлена метка «%2»: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%2&quot; from %1</source>
        <translation>Снята метка «%2»: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageConflicts</name>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>a former teammate</source>
        <translation>бывший коллега</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>отложен до %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>без меток</translation>
    </message>
    <message>
        <source>It is now unassigned</source>
        <translation>Сейчас у разговора нет исполнителя</translation>
    </message>
    <message>
        <source>It is now assigned to you</source>
        <translation>Сейчас разговор назначен вам</translation>
    </message>
    <message>
        <source>It is now assigned to %1</source>
        <translation>Сейчас исполнитель: %1</translation>
    </message>
    <message>
        <source>you unassigned it</source>
        <translation>вы сняли назначение</translation>
    </message>
    <message>
        <source>you assigned it to yourself</source>
        <translation>вы назначили его себе</translation>
    </message>
    <message>
        <source>you assigned it to %1</source>
        <translation>вы назначили исполнителем: %1</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>It is now %1; you marked it %2.</source>
        <translation>Сейчас статус: %1; вы указали: %2.</translation>
    </message>
    <message>
        <source>It is now in no team</source>
        <translation>Сейчас разговор не относится ни к одной команде</translation>
    </message>
    <message>
        <source>It is now in the %1 team</source>
        <translation>Сейчас разговор у команды %1</translation>
    </message>
    <message>
        <source>you removed the team</source>
        <translation>вы сняли команду</translation>
    </message>
    <message>
        <source>you moved it to %1</source>
        <translation>вы передали его команде %1</translation>
    </message>
    <message>
        <source>Its priority is now %1; you set %2.</source>
        <translation>Сейчас приоритет: %1; вы указали: %2.</translation>
    </message>
    <message>
        <source>Its tags are now %1; you set %2.</source>
        <translation>Сейчас метки: %1; вы указали: %2.</translation>
    </message>
    <message>
        <source>Someone else made the same change meanwhile, so nothing is lost by keeping theirs.</source>
        <translation>Кто-то уже внёс то же изменение, так что, оставив его вариант, вы ничего не потеряете.</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while your change was on its way.</source>
        <translation>Пока ваше изменение отправлялось, разговор изменил кто-то другой.</translation>
    </message>
    <message>
        <source>%1 It is assigned to %2; ask them or a lead to hand it over.</source>
        <translation>%1 Исполнитель: %2 — попросите этого коллегу или руководителя передать разговор вам.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>У вас нет прав на это изменение.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: %1</source>
        <translation>У вас нет прав на это изменение: %1</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Сервер отклонил изменение (%1).</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>Разговор изменил кто-то другой</translation>
    </message>
    <message>
        <source>This change is not allowed</source>
        <translation>Это изменение запрещено</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
</context>
<context>
    <name>confab::models::TriagePolicy</name>
    <message>
        <source>This conversation is assigned to someone else; only leads and admins can reassign it.</source>
        <translation>Разговор назначен другому сотруднику; переназначить его могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign a conversation to someone else.</source>
        <translation>Назначить разговор другому сотруднику могут только руководители и администраторы.</translation>
    </message>
</context>
<context>
    <name>confab::models::ViewsModel</name>
    <message>
        <source>Your inbox</source>
        <translation>Мои входящие</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Неназначенные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n открытый</numerusform>
            <numerusform>%1, %n открытых</numerusform>
            <numerusform>%1, %n открытых</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::sync::AuthClient</name>
    <message>
        <source>connection refused</source>
        <translation>соединение отклонено</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>сервер не найден</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>неверный адрес эл. почты или пароль</translation>
    </message>
    <message>
        <source>Too many failed attempts; try again in a minute.</source>
        <translation>Слишком много неудачных попыток; повторите через минуту.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер ответил: %1.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Сервер ответил: %1: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::AdminLinksDialog</name>
    <message>
        <source>Admin Links</source>
        <translation>Ссылки администратора</translation>
    </message>
    <message>
        <source>Admin links</source>
        <translation>Ссылки администратора</translation>
    </message>
    <message>
        <source>Set by your admins for everyone:</source>
        <translation>Заданы администраторами для всех:</translation>
    </message>
    <message>
        <source>Your own links (on this computer):</source>
        <translation>Ваши собственные ссылки (на этом компьютере):</translation>
    </message>
    <message>
        <source>Your links</source>
        <translation>Ваши ссылки</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Клиент в Stripe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Use {email}, {external_id}, {id}, {name} or any attribute key, for example https://billing.example.com/customers?email={email}. Values are encoded for you.</source>
        <translation>Используйте {email}, {external_id}, {id}, {name} или ключ любого атрибута, например https://billing.example.com/customers?email={email}. Значения кодируются автоматически.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>admin link: title — template</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Обновить</translation>
    </message>
</context>
<context>
    <name>confab::ui::ArticlePicker</name>
    <message>
        <source>Insert a help article</source>
        <translation>Вставить статью справки</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Поиск по статьям справки…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Поиск по статьям справки</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Enter: title and link · Shift+Enter: full text · Ctrl+O: read · Esc: close</source>
        <translation>Enter — название и ссылка · Shift+Enter — полный текст · Ctrl+O — читать · Esc — закрыть</translation>
    </message>
    <message>
        <source>No help articles are synced yet.</source>
        <translation>Статьи справки ещё не синхронизированы.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>По запросу «%1» статей не найдено.</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssignPicker</name>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Teammates and teams</source>
        <translation>Коллеги и команды</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssigneeDelegate</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
</context>
<context>
    <name>confab::ui::Composer</name>
    <message>
        <source>Composer</source>
        <translation>Редактор сообщения</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>Ответ или внутренняя заметка</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Ответ клиенту (R)</translation>
    </message>
    <message>
        <source>Internal note for your team (N)</source>
        <translation>Внутренняя заметка для команды (N)</translation>
    </message>
    <message>
        <source>Internal note — only your team sees this</source>
        <translation>Внутренняя заметка — её видит только ваша команда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Write an internal note — @mention a teammate to notify them</source>
        <translation>Напишите внутреннюю заметку — упомяните коллегу через @, чтобы он получил уведомление</translation>
    </message>
    <message>
        <source>Reply to the customer — type # for saved replies</source>
        <translation>Ответ клиенту — введите #, чтобы выбрать шаблон</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · Enter for a new line</source>
        <translation>Ctrl+Enter — отправить · Enter — новая строка</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter — отправить · Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Слишком длинное сообщение</translation>
    </message>
    <message>
        <source>A message can hold at most %1 characters; this one has %2.</source>
        <translation>В сообщении может быть не больше %1 симв., а в этом — %2.</translation>
    </message>
    <message>
        <source>Send to the customer?</source>
        <translation>Отправить клиенту?</translation>
    </message>
    <message>
        <source>This goes to the customer — send as a note instead?</source>
        <translation>Это сообщение увидит клиент. Отправить его как заметку?</translation>
    </message>
    <message>
        <source>You mentioned a teammate in a reply. Replies are seen by the customer; notes only by your team.</source>
        <translation>Вы упомянули коллегу в ответе. Ответы видит клиент, а заметки — только ваша команда.</translation>
    </message>
    <message>
        <source>Send as Note</source>
        <translation>Отправить как заметку</translation>
    </message>
    <message>
        <source>Send Reply Anyway</source>
        <translation>Всё равно отправить ответ</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConflictDialog</name>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Оставить чужое</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Применить моё</translation>
    </message>
    <message>
        <source>Drop your change; the conversation stays as it is now</source>
        <translation>Отменить ваше изменение; разговор останется как есть</translation>
    </message>
    <message>
        <source>Send your change again, on top of theirs</source>
        <translation>Отправить ваше изменение ещё раз поверх чужого</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>О&amp;тменить моё изменение</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Открыть &amp;разговор</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionIndicator</name>
    <message>
        <source>First sync</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <source>Click to reconnect now</source>
        <translation>Нажмите, чтобы переподключиться сейчас</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Синхронизация: %1 из %2</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>Синхронизация: получено %1</translation>
    </message>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>В сети — отправляется %n</numerusform>
            <numerusform>В сети — отправляются %n</numerusform>
            <numerusform>В сети — отправляются %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n waiting</source>
        <translation>
            <numerusform>Подключение… — в очереди %n</numerusform>
            <numerusform>Подключение… — в очереди %n</numerusform>
            <numerusform>Подключение… — в очереди %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Не в сети — в очереди %n</numerusform>
            <numerusform>Не в сети — в очереди %n</numerusform>
            <numerusform>Не в сети — в очереди %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationDelegate</name>
    <message>
        <source>%1 (note): %2</source>
        <translation>%1 (заметка): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>confab::ui::CustomerSidebar</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>Откройте разговор, чтобы увидеть, с кем вы общаетесь.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Edit my links…</source>
        <translation>Изменить мои ссылки…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Filter attributes…</source>
        <translation>Фильтр атрибутов…</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>Фильтр атрибутов</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>Прошлые разговоры</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Аватар: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>Снять метку «%1»</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Метка %1</translation>
    </message>
    <message>
        <source>Press to remove it</source>
        <translation>Нажмите, чтобы снять</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Открывает %1 в браузере</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (недоступно)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Ссылки (%1)</translation>
    </message>
    <message>
        <source>Events (none)</source>
        <translation>События (нет)</translation>
    </message>
    <message>
        <source>Previous conversations (%1)</source>
        <translation>Прошлые разговоры (%1)</translation>
    </message>
    <message>
        <source>Previous conversations (none)</source>
        <translation>Прошлые разговоры (нет)</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Атрибуты (%1)</translation>
    </message>
    <message>
        <source>Attributes (none)</source>
        <translation>Атрибуты (нет)</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedView</name>
    <message>
        <source>Conversation messages</source>
        <translation>Сообщения разговора</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>К новым сообщениям</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n новое сообщение ↓</numerusform>
            <numerusform>%n новых сообщения ↓</numerusform>
            <numerusform>%n новых сообщений ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Действия с сообщением</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Копировать текст сообщения</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Открыть ссылку</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Повторить отправку</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не отправлять</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>&amp;Удалить заметку…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Delete this internal note? It disappears for every teammate.</source>
        <translation>Удалить эту внутреннюю заметку? Она исчезнет у всех коллег.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Удалить заметку</translation>
    </message>
</context>
<context>
    <name>confab::ui::HelpCenterView</name>
    <message>
        <source>Help center</source>
        <translation>Справочный центр</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Поиск по статьям справки…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Поиск по статьям справки</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Pick an article to read it here before you send it.</source>
        <translation>Выберите статью, чтобы прочитать её здесь перед отправкой.</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Вставить &amp;ссылку</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Вставить в ответ название статьи и ссылку на неё</translation>
    </message>
    <message>
        <source>Insert full &amp;text</source>
        <translation>Вставить весь &amp;текст</translation>
    </message>
    <message>
        <source>Insert the whole article into the reply</source>
        <translation>Вставить в ответ всю статью</translation>
    </message>
</context>
<context>
    <name>confab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Confab will use %1 the next time it starts.</source>
        <translation>Язык интерфейса Confab (%1) изменится при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>confab::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Sign in to Confab</source>
        <translation>Вход в Confab</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vy@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Запомнить меня</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; with your team&apos;s Confab server</source>
        <translation>&lt;b&gt;Войдите&lt;/b&gt; на сервер Confab вашей команды</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>«%1» — это не адрес сервера.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>confab::ui::MainWindow</name>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Confab inbox</source>
        <translation>Входящие Confab</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Не удалось загрузить более ранние сообщения: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;Входящие&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>С&amp;ортировка</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Дольше всех ждут</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Teammates viewing this conversation</source>
        <translation>Коллеги, которые просматривают этот разговор</translation>
    </message>
    <message>
        <source>Select a conversation on the left.</source>
        <translation>Выберите разговор слева.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Здесь нет разговоров.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Сведения о клиенте</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Разговор</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>С&amp;ледующий разговор</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Пр&amp;едыдущий разговор</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <source>Jump to &amp;Newest Message</source>
        <translation>К после&amp;днему сообщению</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Перейти к &amp;сообщениям</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Перейти к с&amp;писку разговоров</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>&amp;Удалить заметку…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Your Inbox</source>
        <translation>&amp;Мои входящие</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>&amp;Упоминания</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Неназначенные</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>В&amp;се</translation>
    </message>
    <message>
        <source>Show &amp;Open</source>
        <translation>Показать &amp;открытые</translation>
    </message>
    <message>
        <source>Show &amp;Snoozed</source>
        <translation>Показать о&amp;тложенные</translation>
    </message>
    <message>
        <source>Show &amp;Resolved</source>
        <translation>Показать &amp;решённые</translation>
    </message>
    <message>
        <source>Customer &amp;Sidebar</source>
        <translation>Панель &amp;клиента</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>&amp;О программе Confab</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>О программе Confab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Every customer conversation in one place.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Все разговоры с клиентами в одном месте.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Website (Chat as a Customer)</source>
        <translation>Открыть &amp;демо-сайт (чат от имени клиента)</translation>
    </message>
    <message>
        <source>Opens %1 in your browser: a product page with the chat bubble, where you play the customer.</source>
        <translation>Открывает в браузере %1 — страницу продукта с окном чата, где вы выступаете в роли клиента.</translation>
    </message>
    <message>
        <source>Chat as a customer</source>
        <translation>Чат от имени клиента</translation>
    </message>
    <message>
        <source>Open the demo website to chat as a customer</source>
        <translation>Открыть демо-сайт, чтобы написать в чат от имени клиента</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Разговор не выбран</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Разговор не найден</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>Выберите разговор, чтобы увидеть клиента.</translation>
    </message>
    <message>
        <source>Unknown contact</source>
        <translation>Неизвестный контакт</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложен до %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначен вам</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>%1 team</source>
        <translation>Команда %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
    <message>
        <source>Conversation started %1</source>
        <translation>Разговор начат %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of one conversation</comment>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status of one conversation</comment>
        <translation>Решён</translation>
    </message>
</context>
<context>
    <name>confab::ui::OfflineUi</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Outbox: actions not yet on the server</source>
        <translation>Исходящие: действия, ещё не дошедшие до сервера</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Исходящие (%1)</translation>
    </message>
    <message>
        <source>Not sent — %1: %2</source>
        <translation>Не отправлено — %1: %2</translation>
    </message>
    <message>
        <source>⚠ 1 action not yet saved — retrying</source>
        <translation>⚠ 1 действие ещё не сохранено — повторяем</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n actions not yet saved — retrying</source>
        <translation>
            <numerusform>⚠ %n действие ещё не сохранено — повторяем</numerusform>
            <numerusform>⚠ %n действия ещё не сохранены — повторяем</numerusform>
            <numerusform>⚠ %n действий ещё не сохранено — повторяем</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab cannot write to its local cache (%1). What you did is kept in memory and saved as soon as the disk allows; nothing is dropped. Free some disk space or close the program that locks the file.</source>
        <translation>Confab не может записать данные в локальный кэш (%1). Ваши действия хранятся в памяти и будут сохранены, как только диск это позволит; ничего не потеряется. Освободите место на диске или закройте программу, которая блокирует файл.</translation>
    </message>
    <message>
        <source>Could not save to disk: %1. Kept in memory, retrying.</source>
        <translation>Не удалось сохранить на диск: %1. Данные в памяти, повторяем попытку.</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Пока вас не было</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Quit Confab?</source>
        <translation>Выйти из Confab?</translation>
    </message>
    <message>
        <source>A message is still inside the undo time and has not been sent.</source>
        <translation>Одно сообщение ещё можно отменить, и оно не отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages are still inside the undo time and have not been sent.</source>
        <translation>
            <numerusform>%n сообщение ещё можно отменить, и оно не отправлено.</numerusform>
            <numerusform>%n сообщения ещё можно отменить, и они не отправлены.</numerusform>
            <numerusform>%n сообщений ещё можно отменить, и они не отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action could not be saved to disk yet and would be lost.</source>
        <translation>Одно действие ещё не сохранено на диск и будет потеряно.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions could not be saved to disk yet and would be lost.</source>
        <translation>
            <numerusform>%n действие ещё не сохранено на диск и будет потеряно.</numerusform>
            <numerusform>%n действия ещё не сохранены на диск и будут потеряны.</numerusform>
            <numerusform>%n действий ещё не сохранено на диск и будут потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Now and Quit</source>
        <translation>Отправить сейчас и выйти</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <source>Keep as Drafts and Quit</source>
        <translation>Сохранить как черновики и выйти</translation>
    </message>
    <message>
        <source>Some of your actions were not sent — see the Outbox.</source>
        <translation>Некоторые ваши действия не отправлены — см. «Исходящие».</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Автономно</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <source>&amp;Undo Send</source>
        <translation>&amp;Отмена отправки</translation>
    </message>
    <message>
        <source>Hold for %1 seconds</source>
        <translation>Задерживать на %1 с</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <source>Not sent — the text is back in the composer.</source>
        <translation>Не отправлено — текст возвращён в редактор.</translation>
    </message>
</context>
<context>
    <name>confab::ui::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Actions not yet on the server</source>
        <translation>Действия, ещё не дошедшие до сервера</translation>
    </message>
    <message>
        <source>Everything you did is on the server.</source>
        <translation>Все ваши действия уже на сервере.</translation>
    </message>
    <message>
        <source>Why this action is waiting</source>
        <translation>Почему действие ожидает</translation>
    </message>
    <message>
        <source>Put the unsent text back into the composer</source>
        <translation>Вернуть неотправленный текст в редактор</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>&amp;Применить моё</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs…</source>
        <translation>&amp;Оставить чужое…</translation>
    </message>
    <message>
        <source>Keep their change?</source>
        <translation>Оставить чужое изменение?</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Удалить это действие?</translation>
    </message>
    <message>
        <source>“%1” will not be applied; the conversation stays as your teammate left it.</source>
        <translation>Действие «%1» не будет применено; разговор останется таким, каким его оставил коллега.</translation>
    </message>
    <message>
        <source>“%1” will never be sent, and its text is not kept. Use Edit to keep the text.</source>
        <translation>«%1» не будет отправлено, а текст не сохранится. Чтобы сохранить текст, выберите «Изменить».</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search messages, subjects and customers…</source>
        <translation>Поиск по сообщениям, темам и клиентам…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Chat and email</source>
        <translation>Чат и эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>&amp;Best match first</source>
        <translation>Сначала &amp;наиболее подходящие</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Searches everything on this computer, also offline.</source>
        <translation>Ищет по всему, что есть на этом компьютере, даже без сети.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Подходящих разговоров нет.</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 разговор</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarFeatures</name>
    <message>
        <source>Insert &amp;Article…</source>
        <translation>Вставить &amp;статью…</translation>
    </message>
    <message>
        <source>Help &amp;Center</source>
        <translation>Справочный &amp;центр</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Insert a help article (Ctrl+Shift+H)</source>
        <translation>Вставить статью справки (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Insert a help article</source>
        <translation>Вставить статью справки</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarPanel</name>
    <message>
        <source>Customer and help center</source>
        <translation>Клиент и справочный центр</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Help center</source>
        <translation>Справочный центр</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Выбрать время…</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeTimeDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>&amp;Snooze until:</source>
        <translation>&amp;Отложить до:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
</context>
<context>
    <name>confab::ui::TriageActions</name>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Обработка</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>Снять &amp;метку</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Назначить &amp;себе</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Открыть с&amp;нова</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Приоритет…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Добавить &amp;метку…</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(нет меток)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Срочный</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Высокий</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Низкий</translation>
    </message>
    <message>
        <source>&amp;No priority</source>
        <translation>&amp;Без приоритета</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>Сначала выберите разговор.</translation>
    </message>
    <message>
        <source>Tag the conversation:</source>
        <translation>Метка для разговора:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversations:</source>
        <translation>
            <numerusform>Метка для %n разговора:</numerusform>
            <numerusform>Метка для %n разговоров:</numerusform>
            <numerusform>Метка для %n разговоров:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавить метку</translation>
    </message>
</context>
<context>
    <name>confab::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Отмена отправки</translation>
    </message>
    <message>
        <source>Take the message back (Ctrl+Z)</source>
        <translation>Вернуть сообщение (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note is posted in %1 s</source>
        <translation>Заметка будет опубликована через %1 с</translation>
    </message>
    <message>
        <source>Reply is sent in %1 s</source>
        <translation>Ответ будет отправлен через %1 с</translation>
    </message>
    <message>
        <source>(%1 more held)</source>
        <translation>(ещё в ожидании: %1)</translation>
    </message>
</context>
<context>
    <name>confab::ui::sidebar::CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Свёрнуто</translation>
    </message>
</context>
</TS>
