### Twoways Wörter auf Deutsch. Dieselben Nachrichten wie en.ftl, in derselben Reihenfolge.
###
### Anrede: „du“ (persönliches Tagebuch). Begriffe: Partnerschaft, Sitzung, Ziel,
### Fähigkeit, Lernnotiz, Rückmeldung, Vereinbarung, Aktionspunkt, Tagesordnung, Papierkorb,
### Paket (ein Twoway-Paket zum Austausch), Tagebuch (das Journal).

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

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
