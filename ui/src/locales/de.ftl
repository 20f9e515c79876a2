### Twoways Wörter auf Deutsch: dieselben Nachrichten wie en.ftl, in derselben Reihenfolge.
###
### Anrede „du“. Begriffe: journal → Journal, partnership → Tandem, session → Treffen,
### agenda item → Agendapunkt, action item → Aufgabe, goal → Ziel, skill → Kompetenz,
### rating → Einschätzung, learning → Erkenntnis, learning log → Lernjournal,
### agreement → Vereinbarung, pack → Paket, trash → Papierkorb, backup → Sicherung.

## Common: words every view uses

common-save = Speichern
common-cancel = Abbrechen
common-close = Schließen
common-delete = Löschen
common-undo = Rückgängig
common-edit = Bearbeiten
common-add = Hinzufügen
common-remove = Entfernen
common-back = Zurück
common-done = Fertig
common-loading = Wird geladen…
common-try-again = Erneut versuchen
common-restore = Wiederherstellen
count-records = { $count ->
    [one] { $count } Datensatz
   *[other] { $count } Datensätze
}

## Partnership, goals, skills, templates and feedback

## Sessions, learning log, search and trash

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

## The language choice (Settings)

settings-language-heading = Sprache
settings-language-label = Sprache von Twoway
settings-language-system = Wie das System ({ $language })
settings-language-hint = Das Fenster, seine Menüs, Erinnerungen und deine Exporte verwenden diese Sprache. Was du in dein Journal geschrieben hast, bleibt, wie du es geschrieben hast.
settings-language-failed = Die Sprache konnte nicht geändert werden: { $problem }

## Menus, tray and reminders (written by the shell)

key-ctrl = Strg
key-shift = Umschalt
key-alt = Alt

menu-file = &Datei
menu-edit = &Bearbeiten
menu-view = &Ansicht
menu-help = &Hilfe
menu-new-session = Neues &Treffen…
menu-new-partnership = Neues Ta&ndem…
menu-capture-learning = &Erkenntnis festhalten…
menu-import = Paket &importieren…
menu-export = E&xportieren…
menu-quit = &Beenden
menu-find = Im Journal &suchen
menu-home = Ü&bersicht
menu-learning-log = &Lernjournal
menu-search = &Suche
menu-trash = &Papierkorb
menu-settings = &Einstellungen
menu-back = &Zurück
menu-forward = &Vorwärts
menu-shortcuts = &Tastenkürzel
menu-undo = &Rückgängig
menu-redo = Wieder&holen
menu-cut = &Ausschneiden
menu-copy = &Kopieren
menu-paste = &Einfügen
menu-select-all = Alles aus&wählen
menu-about = Ü&ber Twoway
menu-about-comments = Ein privates Journal für Reverse Mentoring.
menu-tip-new-session = Ein Treffen im aktuellen Tandem planen
menu-tip-new-partnership = Ein neues Tandem beginnen
menu-tip-capture-learning = Eine Erkenntnis festhalten: „Was habe ich gelernt?“
menu-tip-import = Ein Paket importieren
menu-tip-export = Das Journal, ein Tandem oder ein Treffen exportieren
menu-tip-quit = Speichern und beenden
menu-tip-search = Im Journal suchen
menu-tip-home = Zur Übersicht
menu-tip-learning-log = Das Lernjournal öffnen
menu-tip-trash = Den Papierkorb öffnen
menu-tip-settings = Die Einstellungen öffnen
menu-tip-back = Zurück
menu-tip-forward = Vorwärts
menu-tip-shortcuts = Die Tastenkürzel anzeigen
tray-open = Twoway öffnen
tray-quit = Twoway beenden
reminder-open = Öffnen
reminder-digest-title = Heute in Twoway
reminder-session-soon = Treffen mit { $partner } in { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
reminder-session-at = { $title } um { $time }
reminder-more-items = und { $count ->
    [one] { $count } weiterer Punkt
   *[other] { $count } weitere Punkte
}
reminder-private-actions = { $count ->
    [one] { $count } private Aufgabe
   *[other] { $count } private Aufgaben
}
reminder-actions-due-today = { $count ->
    [one] { $count } Aufgabe heute fällig
   *[other] { $count } Aufgaben heute fällig
} mit { $partner }: { $actions }
reminder-actions-overdue = { $count ->
    [one] { $count } Aufgabe überfällig
   *[other] { $count } Aufgaben überfällig
} mit { $partner }: { $actions }
reminder-plan-session = Zeit, ein Treffen mit { $partner } zu planen (fällig am { $due })
reminder-revisit-agreement = Schau dir eure Vereinbarung mit { $partner } wieder an (ab { $from })
reminder-no-session-for = Seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} kein Treffen mit { $partner }

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
