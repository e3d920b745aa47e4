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
