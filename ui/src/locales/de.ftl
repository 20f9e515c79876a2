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

care-diff-added = [hinzugefügt: { $text }]
care-diff-removed = [entfernt: { $text }]
care-history-button = Verlauf
# { $name } ist der Name des Feldes ohne Artikel, z. B. „geteilte Notizen“.
care-history-label = Versionsverlauf: { $name }
care-history-tooltip = Frühere Versionen: { $name }
care-history-restored = Stand vom { $date } wiederhergestellt ({ $name }). Der ersetzte Text bleibt im Versionsverlauf.
care-history-unsaved = Deine letzte Änderung hier ist nicht gespeichert: { $problem } Wiederherstellen ist aus, bis sie gespeichert ist, damit sie nicht verloren geht.
care-history-load-failed = Der Versionsverlauf konnte nicht gelesen werden: { $problem }
care-history-reading = Versionsverlauf wird gelesen…
care-history-empty-title = Noch keine früheren Versionen
care-history-empty = Wenn du diesen Text ({ $name }) änderst, wird der ersetzte Text hier aufbewahrt: höchstens eine Version alle zehn Minuten, während du tippst, nach einem Tag eine pro Tag und nach einem Monat eine pro Woche. Versionen bleiben in diesem Journal; sie werden nie exportiert.
care-history-versions = Frühere Versionen, neueste zuerst
care-history-excerpt-empty = (leer)
care-history-compare-title = Vom { $date } bis jetzt
care-history-changes = Änderungen
# { $added } ist care-history-legend-added, unterstrichen; { $removed } ist care-history-legend-removed, durchgestrichen.
care-history-legend = Seit dieser Version wurden { $added } hinzugefügt und { $removed } entfernt.
care-history-legend-added = unterstrichene Wörter
care-history-legend-removed = durchgestrichene Wörter
care-history-legend-restore = Beim Wiederherstellen kommt ihr Text so zurück, wie er war.
care-history-compare-failed = Die Versionen konnten nicht verglichen werden: { $problem }
care-history-comparing = Wird verglichen…
care-history-same = Diese Version ist gleich dem aktuellen Text.
care-history-diff-label = Der Text, Wort für Wort
care-history-restore-failed = Diese Version wurde nicht wiederhergestellt: { $problem }
care-history-restoring = Wird wiederhergestellt…
care-history-restore = Diese Version wiederherstellen
care-read-only-title = Dieses Journal ist schreibgeschützt.
# { $file } ist der Dateiname des Journals.
care-read-only-why = Twoway kann weder in { $file } noch auf den Datenträger schreiben, auf dem die Datei liegt (schreibgeschütztes Medium oder keine Schreibrechte), und hat das Journal daher nur zum Lesen geöffnet.
care-read-only-works = Lesen, Suche und Export funktionieren wie gewohnt; Änderungen sind ausgeschaltet, und es werden keine automatischen Sicherungen angelegt.
# { $settings } ist care-read-only-settings, ein Link zu den Einstellungen.
care-read-only-how = Um etwas zu ändern, kopiere die Datei in einen Ordner, in den du schreiben kannst, und öffne die Kopie in den { $settings }.
care-read-only-settings = Einstellungen
care-start-notice-dismiss = Ausblenden

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
