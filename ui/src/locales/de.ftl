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
home-cadence-days = { $every ->
    [one] jeden Tag
   *[other] alle { $every } Tage
}
home-cadence-weeks = { $every ->
    [one] jede Woche
   *[other] alle { $every } Wochen
}
home-cadence-months = { $every ->
    [one] jeden Monat
   *[other] alle { $every } Monate
}
home-days-ago-today = heute
home-days-ago-yesterday = gestern
home-days-ago = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
# { $when } ist ein relativer Tag: „morgen“, „vor 3 Tagen“, „in 2 Wochen“.
home-due-overdue = Überfällig: war { $when } fällig
home-due = Fällig: { $when }
home-due-keeps-rhythm = Hält den Rhythmus
home-due-late = Später als der Rhythmus: { $when } fällig
home-sessions-held = { $count ->
    [one] { $count } Treffen abgehalten
   *[other] { $count } Treffen abgehalten
}
home-completed-goals = { $achieved } von { $total ->
    [one] { $total } Ziel
   *[other] { $total } Zielen
} erreicht
home-completed-feedback = { $count ->
    [one] { $count } Feedback
   *[other] { $count } Feedbacks
}
home-agreement-revisit = Zeit, die Vereinbarung zu überprüfen
home-agreement-not-adopted = Vereinbarung noch nicht beschlossen
home-agreement-agreed-by-both = Vereinbarung am { $on } von beiden bestätigt
home-agreement-adopted = Vereinbarung am { $on } beschlossen
home-card-since = seit { $date }
home-card-until = bis { $date }
home-card-paused = Pausiert
home-card-sessions = Treffen
home-card-plan-next = Nächstes Treffen planen
home-card-i-learn = Ich lerne
home-card-what-i-learn = Was ich lerne
home-card-i-teach = Ich lehre
home-card-what-i-teach = Was ich lehre
home-rhythm = Rhythmus
home-rhythm-none = kein fester Rhythmus
home-rhythm-held-of = { $held } von { $expected ->
    [one] { $expected } Treffen
   *[other] { $expected } Treffen
} abgehalten
home-rhythm-recent-of = Letzte { $days } Tage: { $held } von { $expected }
home-rhythm-recent = Letzte { $days } Tage: { $held }
# { $when } ist home-days-ago, home-days-ago-today oder home-days-ago-yesterday.
home-last-session = Letztes Treffen: { $when }
home-no-session-yet = Noch kein Treffen abgehalten
home-next-session = Nächstes Treffen
home-next-nothing-planned = Nichts geplant
home-next-meet-when-it-suits = Trefft euch, wann es euch beiden passt
home-none-yet = Noch keine
home-actions = Aufgaben
home-actions-empty = In Treffen vereinbarte Aufgaben erscheinen hier
home-actions-open = { $count } offen
home-actions-overdue = { $count } überfällig
home-actions-done = { $count } erledigt
home-goals = Ziele
home-goals-empty = Noch keine Ziele
home-goals-empty-hint = Lege eines auf der Seite des Tandems an
# { $percent } ist home-goals-percent, groß gezeigt; der Rest klein.
home-goals-average-progress = { $percent } Fortschritt im Schnitt
home-goals-percent = { $value } %
home-goals-all-dropped = Alle verworfen
home-goals-open = { $count } offen
home-goals-in-progress = { $count } in Arbeit
home-goals-achieved = { $count } erreicht
home-goals-dropped = { $count } verworfen
home-balance = Lernen und Lehren
# { $arrow } ist ein Doppelpfeil.
home-balance-title = Lernen { $arrow } Lehren
home-balance-goals = Ziele
home-balance-skills = Kompetenzen
home-balance-none = noch keine
home-balance-learn = { $count } lernen
home-balance-teach = { $count } lehren
home-feedback = Feedback
home-feedback-empty = Gegeben und erhalten, nach einem Treffen
# { $count } ist die Zahl der Einträge, fett.
home-feedback-given = Gegeben { $count }
home-feedback-received = Erhalten { $count }
home-feedback-no-ratings = keine Einschätzungen
home-feedback-average = ★ { $rating } im Schnitt
home-topic-remove = { $topic } entfernen
home-welcome-name = Willkommen, { $name }
home-welcome = Willkommen bei Twoway
home-welcome-lead = Twoway ist ein privates Journal für Reverse Mentoring, in dem Wissen in beide Richtungen fließt: was du von deinem Gegenüber lernst und was du zurückgibst. Ziele, Agenden und Notizen der Treffen, Kompetenzen und Feedback an einem Ort, nur auf diesem Computer.
home-welcome-create = Dein erstes Tandem anlegen
home-welcome-opening-sample = Beispiel wird geöffnet…
home-welcome-try-sample = Mit Beispieldaten ausprobieren
home-welcome-sample-note = Das Beispiel öffnet eine eigene Journaldatei – dein eigenes Journal bleibt leer und privat.
home-feature-directions = In beide Richtungen
home-feature-directions-text = Jedes Ziel, jede Kompetenz und jedes Feedback zeigt, in welche Richtung es geht, damit der Austausch wechselseitig bleibt.
home-feature-sessions = Treffen, die weitergehen
home-feature-sessions-text = Agenden mit Zeitrahmen; was ihr nicht geschafft habt und offene Aufgaben wandern ins nächste Treffen mit.
home-feature-private = Standardmäßig privat
home-feature-private-text = Private Notizen verlassen diesen Computer nie; du entscheidest, was du mit deinem Gegenüber teilst.
home-encryption-offer-not-saved = Deine Antwort wurde nicht gespeichert: { $problem }
home-encryption-offer-title = Dieses Journal mit einer Passphrase sichern?
home-encryption-offer-text = Verschlüsselt lassen sich dein Journal und seine Sicherungen nur mit deiner Passphrase lesen (oder mit dem Wiederherstellungsschlüssel, den du aufbewahrst): Ein verlorener Laptop oder eine kopierte Sicherung zeigt nichts. Du kannst das auch später unter Einstellungen → Verschlüsselung tun.
home-encryption-offer-encrypt = Mit einer Passphrase verschlüsseln…
home-encryption-offer-not-now = Nicht jetzt
home-growth-chart-failed = Das Diagramm kann hier nicht gezeichnet werden; die Tabelle darunter enthält jede Einschätzung.
home-growth-title = Entwicklung der Kompetenzen
home-growth-scope = Kompetenzen aus
home-growth-scope-current = Aktuelle Tandems
home-growth-scope-all = Alle Tandems
home-growth-whose = Wessen Einschätzungen
home-growth-mine = Meine Einschätzungen
home-growth-partner = Einschätzungen des Gegenübers
home-growth-empty-title = Noch keine Einschätzungen
home-growth-empty = Füge die Kompetenzen, die du lernst und lehrst, im Reiter „Kompetenzen“ eines Tandems hinzu und schätze deinen Ausgangspunkt von 1 bis 5 ein. Schätze sie alle paar Treffen neu ein, dann zeigt sich deine Entwicklung hier.
# { $name } ist der Vorname des Gegenübers.
home-growth-add-skills = Kompetenzen mit { $name } hinzufügen
# { $rater } ist „me“ für meine eigenen Einschätzungen, „partner“ für die meiner Gegenüber.
home-growth-none = { $rater ->
    [me] Noch keine eigenen Einschätzungen für diese Kompetenzen. Schätze sie im Reiter „Kompetenzen“ des Tandems ein.
   *[partner] Noch keine Einschätzungen eines Gegenübers für diese Kompetenzen. Schätze sie im Reiter „Kompetenzen“ des Tandems ein.
}
home-growth-hint = { $rater ->
    [me] Stufen von 1 bis 5, meine eigenen Einschätzungen. Zeige auf einen Punkt, um die Einschätzungen des Tages zu lesen.
   *[partner] Stufen von 1 bis 5, Einschätzungen meiner Gegenüber. Zeige auf einen Punkt, um die Einschätzungen des Tages zu lesen.
}
home-growth-chart-label = { $rater ->
    [me] { $count ->
        [one] Kompetenzstufen im Zeitverlauf, meine eigenen Einschätzungen: { $count } Kompetenz. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
       *[other] Kompetenzstufen im Zeitverlauf, meine eigenen Einschätzungen: { $count } Kompetenzen. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
    }
   *[partner] { $count ->
        [one] Kompetenzstufen im Zeitverlauf, Einschätzungen meiner Gegenüber: { $count } Kompetenz. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
       *[other] Kompetenzstufen im Zeitverlauf, Einschätzungen meiner Gegenüber: { $count } Kompetenzen. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
    }
}
home-growth-show-line = Im Diagramm zeigen
home-growth-hide-line = Im Diagramm ausblenden
home-growth-omitted = Das Diagramm zeigt die { $max } zuletzt eingeschätzten Kompetenzen; { $count } weitere stehen in der Tabelle.
home-growth-omitted-pick = Das Diagramm zeigt die { $max } zuletzt eingeschätzten Kompetenzen; { $count } weitere stehen in der Tabelle (oder wähle oben ein Tandem).
home-growth-unrated = { $rater ->
    [me] { $count ->
        [one] { $count } Kompetenz hat noch keine eigene Einschätzung.
       *[other] { $count } Kompetenzen haben noch keine eigene Einschätzung.
    }
   *[partner] { $count ->
        [one] { $count } Kompetenz hat noch keine Einschätzung des Gegenübers.
       *[other] { $count } Kompetenzen haben noch keine Einschätzung des Gegenübers.
    }
}
home-growth-table = Einschätzungen als Tabelle
home-growth-table-caption = { $rater ->
    [me] Erste und letzte Einschätzung jeder Kompetenz, meine eigenen Einschätzungen
   *[partner] Erste und letzte Einschätzung jeder Kompetenz, Einschätzungen meiner Gegenüber
}
home-growth-column-skill = Kompetenz
home-growth-column-direction = Richtung
home-growth-column-partnership = Tandem
home-growth-column-first = Erste Einschätzung
home-growth-column-latest = Letzte Einschätzung
home-growth-column-change = Veränderung
# { $level } ist die Einschätzung von 1 bis 5; der Rest wird gedämpft gezeigt.
home-growth-rating-on = { $level } am { $date }
home-growth-not-rated = Noch nicht eingeschätzt
home-growth-on-my-own = Für mich allein
home-greeting-morning = Guten Morgen, { $name }
home-greeting-afternoon = Guten Tag, { $name }
home-greeting-evening = Guten Abend, { $name }
home-title = Dein Twoway-Journal
home-overview-active = { $count ->
    [one] { $count } aktives Tandem
   *[other] { $count } aktive Tandems
}
home-overview-paused = { $count } pausiert
home-overview-overdue = { $count ->
    [one] { $count } überfällige Aufgabe
   *[other] { $count } überfällige Aufgaben
}
home-demo-title = Du siehst Beispieldaten.
home-demo-text = Sie liegen in einer eigenen Datei; dein Journal bleibt unberührt.
home-demo-back = Zurück zu meinem Journal
home-load-failed = Die Übersicht konnte nicht geladen werden: { $problem }
home-loading = Deine Tandems werden geladen…
home-new-partnership = Neues Tandem
home-partnerships = Tandems
home-completed = Abgeschlossen

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
