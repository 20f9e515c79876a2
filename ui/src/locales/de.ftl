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
settings-load-failed = Die Einstellungen konnten nicht gelesen werden: { $problem }
settings-templates = Agenda-Vorlagen
# { $names } ist die Liste der Namen der eingebauten Vorlagen.
settings-templates-built-in = Eingebaut: { $names }.
settings-templates-intro = Eigene Vorlagen legst du mit „Als Vorlage speichern…“ an der Agenda eines Treffens an, oder du beginnst hier eine. Deine Vorlagen sind privat, solange du sie nicht teilst: Nur eine als geteilt markierte Vorlage kommt in ein Paket für dein Gegenüber.
settings-templates-load-failed = Deine Vorlagen konnten nicht gelesen werden: { $problem }
settings-templates-size = { $items ->
    [one] { $items } Punkt
   *[other] { $items } Punkte
} · { $minutes } Min.
settings-templates-delete = Vorlage { $name } löschen
settings-templates-new = Neue Vorlage…
settings-trash = Papierkorb
settings-trash-keep-for = Gelöschtes aufbewahren für
settings-trash-days-unit = Tage
settings-trash-days-invalid = Gib eine ganze Zahl von Tagen zwischen { $min } und { $max } ein.
# { $trash } ist settings-trash-hint-link, ein Link zum Papierkorb.
settings-trash-hint = Danach löscht Twoway sie endgültig, samt allem, was dazugehört, wenn es das Journal an einem neuen Tag zum ersten Mal öffnet, direkt nach der Sicherung dieses Tages. Du kannst Dinge auch selbst im { $trash } endgültig löschen.
settings-trash-hint-link = Papierkorb
backup-reason-daily = Täglich
backup-reason-before-import = Vor einem Import
backup-reason-before-restore = Vor einer Wiederherstellung
# { $folder } ist der Name des Ordners, „backups“, als Code gezeigt.
backup-intro = Twoway sichert dieses Journal von selbst: beim ersten Öffnen an jedem Tag und vor jedem Import und jeder Wiederherstellung. Es behält eine Sicherung pro Tag für eine Woche, eine pro Woche für einen Monat und eine pro Monat für ein Jahr, im Ordner { $folder } neben der Journaldatei.
backup-unreadable = nicht lesbar
backup-not-saved-title = Nicht gespeichert
backup-not-saved = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Die Sicherung trotzdem wiederherstellen und die Änderungen verlieren?
backup-restore-without-saving = Ohne Speichern wiederherstellen
backup-restore-title = Diese Sicherung wiederherstellen?
# { $records } ist die Zahl der Datensätze oder backup-unreadable.
backup-restore-message = Das Journal kehrt zur Sicherung vom { $made } zurück ({ $records }).
backup-restore-first = Zuerst sichert Twoway das Journal, wie es jetzt ist. Diese Sicherung erscheint in dieser Liste, damit du zu ihr zurückkehren kannst.
backup-restore-then = Dann wird das Journal durch die Sicherung ersetzt: Was nach dem { $made } geschrieben wurde, steht nur in der neuen Sicherung.
backup-restore-reopen = Danach öffnet sich das Fenster erneut mit dem wiederhergestellten Journal.
backup-restore-confirm = Sicherung wiederherstellen
backup-restored = Die Sicherung vom { $made } wurde wiederhergestellt. Das Journal, wie es vorher war, bleibt ebenfalls als Sicherung erhalten.
backup-restore-failed = Die Sicherung wurde nicht wiederhergestellt, das Journal ist unverändert: { $problem }
backup-list-failed = Die Sicherungen konnten nicht aufgelistet werden: { $problem }
backup-looking = Sicherungen werden gesucht…
backup-empty-title = Noch keine Sicherungen
backup-empty-read-only = Dieses Journal ist schreibgeschützt, daher kann Twoway es nicht sichern. Sicherungen beginnen, sobald das Journal in einem Ordner liegt, in den Twoway schreiben kann.
backup-empty = Die erste wird angelegt, wenn Twoway dieses Journal das nächste Mal öffnet (beim nächsten Start oder wenn du dieses Journal wieder öffnest), und danach eine an jedem Tag, an dem du es benutzt.
backup-table-caption = Sicherungen dieses Journals, neueste zuerst
backup-column-made = Erstellt
backup-column-why = Anlass
backup-column-records = Datensätze
backup-column-size = Größe
backup-unreadable-tooltip = Diese Sicherung ist nicht lesbar und kann daher nicht wiederhergestellt werden.
backup-restore-label = Sicherung vom { $made } wiederherstellen
backup-restoring = Wird wiederhergestellt…
backup-restore = Wiederherstellen…
settings-encryption-on = Verschlüsselt
settings-encryption-off = Nicht verschlüsselt
settings-encryption-on-text = Die Journaldatei und ihre Sicherungen sind verschlüsselt. Twoway fragt jedes Mal, wenn es dieses Journal öffnet, nach der Passphrase oder dem Wiederherstellungsschlüssel.
settings-encryption-off-text = Die Journaldatei und ihre Sicherungen sind unverschlüsselte Dateien: Wer eine davon in die Hände bekommt, kann sie lesen. Verschlüssle das Journal, damit es auf einem verlorenen Laptop oder in einer kopierten Sicherung geschützt ist.
settings-encryption-read-only = Dieses Journal ist schreibgeschützt, daher lässt sich seine Verschlüsselung nicht ändern.
settings-encryption-change = Passphrase ändern…
settings-encryption-turn-off = Verschlüsselung ausschalten…
settings-encryption-encrypt = Dieses Journal verschlüsseln…
settings-journal-copied = Kopiert.
settings-journal-copy-not-allowed = Kopieren ist hier nicht erlaubt. Der Pfad ist markiert: Drücke Strg+C, um ihn zu kopieren.
settings-journal-open-failed = Diese Datei wurde nicht geöffnet.
settings-journal-opened = { $file } geöffnet.
settings-journal-start-failed = Das neue Journal konnte nicht angelegt werden.
settings-journal-started = Neues Journal angelegt: { $file }.
settings-journal-default-failed = Dein Journal konnte nicht geöffnet werden.
settings-journal-default-opened = Zurück in deinem eigenen Journal.
settings-journal-sample-failed = Das Beispieljournal konnte nicht geöffnet werden.
settings-journal-sample-opened = Beispieljournal geöffnet. Dein eigenes Journal bleibt unberührt.
settings-journal-sample-title = Du siehst das Beispieljournal.
settings-journal-sample-text = Es erzählt eine erfundene Geschichte, damit du alles ausprobieren kannst; ändere, was du möchtest. Dein eigenes Journal bleibt unberührt.
settings-journal-where-sample = Das Beispieljournal liegt in einer eigenen Datei:
settings-journal-where-default = Dein Journal ist eine Datei am üblichen Ort auf diesem Computer:
settings-journal-where-chosen = Dieses Journal ist eine Datei, die du gewählt hast, außerhalb des üblichen Orts:
settings-journal-copy-path = Pfad kopieren
settings-journal-move-hint = Twoway sichert es von selbst (siehe Sicherungen unten). Um das Journal auf einen anderen Computer zu bringen, kopiere seine neueste Sicherung dorthin, oder die Datei selbst, während Twoway geschlossen ist, und öffne sie mit „Anderes Journal öffnen…“.
settings-journal-left-untouched = Twoway hat diese Datei nicht angerührt, und dieses Journal ist weiterhin geöffnet.
settings-journal-open-usual = Mein übliches Journal öffnen
settings-journal-open-another = Anderes Journal öffnen…
settings-journal-start-new = Neues Journal anlegen…
settings-journal-open-sample = Beispieljournal öffnen
settings-journal-sample-hint = Das Beispieljournal ist eine eigene Datei mit einer erfundenen Mentoring-Geschichte zum Erkunden. Es zu öffnen, berührt dieses Journal nie.
settings-reminders = Erinnerungen
settings-reminders-load-failed = Die Einstellungen für Erinnerungen konnten nicht gelesen werden: { $problem }
settings-reminders-intro = Twoway erinnert dich über die Benachrichtigungen deines Systems. Sie können auf einem gesperrten Bildschirm erscheinen, daher zitieren sie nie etwas Privates: Ein privater Agendapunkt oder eine private Aufgabe wird nur mitgezählt.
settings-reminders-sessions = Vor einem Treffen
settings-reminders-sessions-hint = mit seiner geteilten Agenda
# Vor dem Zahlenfeld; settings-reminders-lead-unit folgt danach.
settings-reminders-lead = Erinnere mich
settings-reminders-lead-unit = Minuten vor Beginn
settings-reminders-lead-invalid = Gib eine ganze Zahl von Minuten zwischen { $min } und { $max } ein.
settings-reminders-digest = Eine Tagesübersicht
settings-reminders-digest-hint = fällige und überfällige Aufgaben, zu planende Treffen, zu überprüfende Vereinbarungen
settings-reminders-digest-not-before = Nicht vor
settings-reminders-digest-not-before-label = Tagesübersicht nicht vor
settings-reminders-digest-at = Sie kommt zu dieser Uhrzeit oder wenn Twoway danach zum ersten Mal läuft.
settings-reminders-digest-any-time = Sie kommt, wenn Twoway an dem Tag zum ersten Mal läuft, ab 7:00 Uhr.
settings-reminders-quiet = Ruhezeiten
settings-reminders-quiet-hint = eine dann fällige Erinnerung an ein Treffen entfällt; die Tagesübersicht wartet
# Vor dem ersten Zeitfeld und zwischen beiden: „Von 22:00 bis 07:00“.
settings-reminders-quiet-from = Von
settings-reminders-quiet-until = bis
settings-background = Ohne Fenster
settings-background-keep-running = Nach dem Schließen des Fensters im Hintergrund weiterlaufen
settings-background-keep-running-hint = damit Erinnerungen weiterhin kommen. Öffne das Fenster wieder über das Twoway-Symbol im Infobereich oder indem du Twoway erneut startest.
settings-background-start-at-login = Twoway bei der Anmeldung starten
settings-background-start-at-login-hint = im Hintergrund, wenn es weiterläuft, sonst mit seinem Fenster
sync-device-short = Gerät { $id }
sync-changes = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
}
# { $devices } nennt die Geräte: „Desktop und Tablet“.
sync-changes-from = { $count ->
    [one] { $count } Änderung von { $devices }
   *[other] { $count } Änderungen von { $devices }
}
sync-folder-missing = Am { $when } war der Synchronisierungsordner nicht da (ein Laufwerk nicht verbunden, eine Freigabe offline?). Deine Änderungen gehen raus, sobald er wieder da ist.
sync-sent = { $count ->
    [0] nichts Neues zu senden
    [one] { $count } Änderung gesendet
   *[other] { $count } Änderungen gesendet
}
# { $changes } ist sync-changes oder sync-changes-from.
sync-received = { $changes } empfangen
sync-received-nothing = nichts Neues empfangen
# { $sent } ist sync-sent; { $received } ist sync-received oder sync-received-nothing.
sync-last = Zuletzt synchronisiert am { $when }: { $sent }; { $received }.
sync-kept = { $count ->
    [one] { $count } frühere Version von anderen Geräten im Versionsverlauf aufbewahrt.
   *[other] { $count } frühere Versionen von anderen Geräten im Versionsverlauf aufbewahrt.
}
sync-waiting = { $count ->
    [one] { $count } Datei wartet auf frühere, die noch unterwegs sind.
   *[other] { $count } Dateien warten auf frühere, die noch unterwegs sind.
}
sync-on = Die Synchronisierung ist an. Deine anderen Geräte sehen dieses Journal, sobald sie über denselben Ordner synchronisieren.
sync-off = Die Synchronisierung ist aus. Der Synchronisierungsordner bleibt, wie er ist.
sync-title = Mit deinen anderen Computern synchronisieren
sync-load-failed = Der Stand der Synchronisierung konnte nicht gelesen werden: { $problem }
# { $folder } ist der Pfad des Synchronisierungsordners, als Code gezeigt; { $name } ist der Name dieses Computers.
sync-through = Synchronisiert über { $folder } als „{ $name }“.
sync-not-yet = Noch nicht synchronisiert.
sync-problems = Dateien, die nicht übernommen werden konnten
# { $file } ist ein Dateiname, als Code gezeigt; { $problem } sagt, was schiefging.
sync-problem = { $file } von { $device }: { $problem }
sync-now = Jetzt synchronisieren
sync-move = In einen anderen Ordner verschieben…
sync-turn-off = Synchronisierung ausschalten
sync-intro = Halte dieses Journal mit Twoway auf deinen anderen Computern auf demselben Stand, über einen Ordner, den du schon synchronisierst (Syncthing, Nextcloud, Dropbox, eine Netzwerkfreigabe oder ein USB-Stick). Twoway schreibt seine Änderungen dort als kleine Dateien hinein und liest die der anderen Computer; das Journal selbst kommt nie in diesen Ordner.
sync-device-name = Name dieses Computers
sync-device-name-hint = Deine anderen Computer zeigen damit, woher eine Änderung kam.
sync-choose = Synchronisierungsordner wählen…
sync-sealed = Dieses Journal ist verschlüsselt, daher sind seine Änderungsdateien mit seinem Schlüssel versiegelt. Ein anderer Computer tritt dem Ordner mit der Passphrase oder dem Wiederherstellungsschlüssel dieses Journals bei.
sync-plain-on = Dieses Journal ist nicht verschlüsselt, daher sind seine Änderungsdateien lesbar: Wer den Synchronisierungsordner lesen kann, kann dein Journal lesen. Um sie zu versiegeln, schalte die Synchronisierung aus, schalte oben die Verschlüsselung ein und wähle dann einen neuen, leeren Ordner.
sync-plain = Dieses Journal ist nicht verschlüsselt, daher sind seine Änderungsdateien lesbar: Wer den Synchronisierungsordner lesen kann, kann dein Journal lesen. Schalte oben die Verschlüsselung ein, bevor du synchronisierst, um sie zu versiegeln.
sync-passphrase = Passphrase oder Wiederherstellungsschlüssel des Journals, das dort synchronisiert
sync-join = Dem Ordner beitreten
settings-report-title = Bericht an dein Programm
settings-report-intro = Nur Zahlen: abgehaltene Treffen gemessen an eurem Rhythmus, aktive Monate, Ziele, Entwicklung der Kompetenzen, Feedback und ob ihr eine Vereinbarung geschrieben habt. Keine Titel, Notizen oder Namen von Kompetenzen verlassen das Journal, und dein Gegenüber ist ein Code, wenn du es nicht nennst. Private Einträge werden mitgezählt; ihr Inhalt nicht.
settings-report-i-am = Ich bin
settings-report-junior-mentor = Der Junior-Mentor
settings-report-senior-leader = Die Führungskraft
settings-report-unsaid = Das sage ich lieber nicht
settings-report-name-partner = Mein Gegenüber nennen
settings-report-categories = Meine Kategorien von Kompetenzen zählen als
settings-report-not-counted = Nicht nach Kategorie gezählt
settings-report-preview = Was der Bericht enthält
settings-report-counting = Wird gezählt…
settings-report-empty = Noch kein Tandem: Der Bericht wäre leer. Lege zuerst ein Tandem an.
settings-report-pair-with = dein Tandem mit { $name }
settings-report-sessions-label = Treffen
settings-report-sessions = { $held ->
    [one] { $held } Treffen abgehalten von { $expected }, die der Rhythmus vorsah, { $hours } Stunden
   *[other] { $held } Treffen abgehalten von { $expected }, die der Rhythmus vorsah, { $hours } Stunden
}
settings-report-sessions-no-rhythm = { $held ->
    [one] { $held } Treffen abgehalten, kein Rhythmus vereinbart, { $hours } Stunden
   *[other] { $held } Treffen abgehalten, kein Rhythmus vereinbart, { $hours } Stunden
}
settings-report-months-label = Aktive Monate
settings-report-goals-learn-label = Ziele, auf die ich hinlerne
settings-report-goals-teach-label = Ziele, bei denen ich lehre
settings-report-goals-none = keine gesetzt
settings-report-goals = { $achieved } von { $set } erreicht
settings-report-skills-learn-label = Kompetenzen, die ich lerne
settings-report-skills-teach-label = Kompetenzen, die ich lehre
settings-report-none = keine
# { $self } und { $partner } sind settings-report-growth oder settings-report-not-rated-twice.
settings-report-skills = { $count ->
    [one] { $count } Kompetenz; Entwicklung { $self } selbst eingeschätzt, { $partner } vom Gegenüber
   *[other] { $count } Kompetenzen; Entwicklung { $self } selbst eingeschätzt, { $partner } vom Gegenüber
}
# { $change } ist die Veränderung mit Vorzeichen („+1,5“), { $count } ihr Betrag.
settings-report-growth = { $count ->
    [one] { $change } Stufe
   *[other] { $change } Stufen
}
settings-report-not-rated-twice = noch nicht zweimal eingeschätzt
settings-report-categories-label = Nach Kategorie
settings-report-feedback-given-label = Feedback gegeben
settings-report-feedback-received-label = Feedback erhalten
settings-report-feedback = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
settings-report-feedback-rated = { $count ->
    [one] { $count } Eintrag, im Schnitt mit { $rating } von 5 eingeschätzt
   *[other] { $count } Einträge, im Schnitt mit { $rating } von 5 eingeschätzt
}
settings-report-agreement-label = Vereinbarung
settings-report-agreement-written = schriftlich festgehalten
settings-report-agreement-none = noch keine geschrieben
settings-report-show-file = Datei zeigen
settings-report-file = Die Berichtsdatei
settings-report-saving = Wird gespeichert…
settings-report-save = Speichern…
settings-report-saved = Programmbericht gespeichert unter { $path }
settings-passphrase-too-short = Bitte mindestens { $min } Zeichen (bisher { $length }).
settings-passphrase-differ = Die beiden Passphrasen unterscheiden sich.
settings-passphrase-wrong = Das ist nicht die Passphrase des Journals.
settings-recovery-key-wrong = Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht.
settings-passphrase-new = Neue Passphrase
settings-passphrase-hint = Mindestens { $min } Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, merkt man sich leichter als ein Zeichensalat.
settings-passphrase-again = Dieselbe Passphrase noch einmal
settings-secret-current = Aktuelle Passphrase
settings-secret-passphrase = Passphrase
settings-secret-recovery-key = Wiederherstellungsschlüssel
settings-secret-use-recovery-key = Stattdessen den Wiederherstellungsschlüssel verwenden
settings-secret-use-passphrase = Stattdessen die Passphrase verwenden
settings-lock = Journal sperren
settings-lock-never = Nie
settings-lock-after-minutes = { $minutes ->
    [one] Nach { $minutes } Minute ohne Nutzung
   *[other] Nach { $minutes } Minuten ohne Nutzung
}
settings-lock-after-an-hour = Nach einer Stunde ohne Nutzung
settings-lock-load-failed = Die Einstellung konnte nicht gelesen werden: { $problem }
settings-lock-not-saved = Nicht gespeichert: { $problem }
settings-lock-now = Jetzt sperren
settings-lock-saved = Gespeichert
settings-lock-hint = Gesperrt fragt das Journal erneut nach seiner Passphrase; was du getippt hast, wird vorher gespeichert.
settings-change-title = Passphrase ändern
settings-change-type-current = Gib die aktuelle Passphrase ein.
settings-change-type-recovery-key = Gib den Wiederherstellungsschlüssel ein.
settings-change-note = Der Wiederherstellungsschlüssel, den du gespeichert hast, funktioniert weiter.
settings-change-failed = Die Passphrase wurde nicht geändert: { $problem }
settings-change-changing = Wird geändert…
settings-change-confirm = Passphrase ändern
settings-change-done = Die Passphrase ist geändert. Der Wiederherstellungsschlüssel bleibt derselbe.
settings-decrypt-title = Verschlüsselung ausschalten
# { $backups } ist settings-decrypt-warning-backups, fett.
settings-decrypt-warning = Das Journal { $backups } werden wieder unverschlüsselte Dateien: Wer eine davon in die Hände bekommt, kann sie lesen. Passphrase und Wiederherstellungsschlüssel sind dann bedeutungslos.
settings-decrypt-warning-backups = und seine Sicherungen
settings-decrypt-type-passphrase = Gib zur Bestätigung die Passphrase ein.
settings-decrypt-type-recovery-key = Gib zur Bestätigung den Wiederherstellungsschlüssel ein.
settings-decrypt-failed = Die Verschlüsselung ist weiterhin an: { $problem }
settings-decrypt-turning-off = Wird ausgeschaltet…
settings-decrypt-confirm = Verschlüsselung ausschalten
settings-decrypt-done = { $backups ->
    [0] Die Verschlüsselung ist aus: Das Journal ist wieder eine unverschlüsselte Datei.
    [one] Die Verschlüsselung ist aus: Das Journal und seine Sicherung sind wieder unverschlüsselte Dateien.
   *[other] Die Verschlüsselung ist aus: Das Journal und seine { $backups } Sicherungen sind wieder unverschlüsselte Dateien.
}
settings-encrypt-title = Dieses Journal verschlüsseln
settings-encrypt-choose-title = Passphrase wählen
settings-encrypt-recovery-title = Dein Wiederherstellungsschlüssel
settings-encrypt-explain = Die Verschlüsselung macht die Journaldatei und ihre Sicherungen zu Daten, die nur ihre Passphrase oder ihr Wiederherstellungsschlüssel öffnen kann.
settings-encrypt-protects = Sie schützt
settings-encrypt-protects-laptop = das Journal auf einem verlorenen oder gestohlenen Laptop;
settings-encrypt-protects-copy = eine Sicherung oder Kopie der Datei, die woanders landet.
settings-encrypt-not-protects = Sie schützt nicht
settings-encrypt-not-protects-open = das Journal, während Twoway auf diesem Computer geöffnet und entsperrt ist;
settings-encrypt-not-protects-exports = deine Exporte: Das sind unverschlüsselte Dateien, die du weitergibst.
settings-encrypt-lose-both = Verlierst du Passphrase und Wiederherstellungsschlüssel, ist das Journal für immer verloren.
settings-encrypt-lose-both-nobody = Dann kann es niemand mehr öffnen, auch Twoway nicht.
settings-encrypt-type-each-time = Du gibst sie jedes Mal ein, wenn Twoway dieses Journal öffnet.
settings-encrypt-failed = Das Journal wurde nicht verschlüsselt und ist unverändert: { $problem }
settings-encrypt-encrypting-all = Journal und Sicherungen werden verschlüsselt…
settings-encrypt-key-opens = Dieser Schlüssel öffnet das Journal, wenn du die Passphrase vergisst.
# { $now } ist settings-encrypt-shown-only-now, fett.
settings-encrypt-shown-once = { $now }: Drucke ihn aus oder bewahre ihn in einem Passwortmanager auf, nicht auf diesem Computer.
settings-encrypt-shown-only-now = Er wird nur jetzt angezeigt
settings-encrypt-print-title = Twoway-Wiederherstellungsschlüssel für { $path }
settings-encrypt-print = Drucken…
settings-encrypt-copy = Kopieren
settings-encrypt-copied = Kopiert. Füge ihn in deinen Passwortmanager ein und leere dann die Zwischenablage.
settings-encrypt-copy-not-allowed = Kopieren ist hier nicht erlaubt. Der Schlüssel ist markiert: Drücke Strg+C, um ihn zu kopieren.
settings-encrypt-saved-key = Ich habe den Wiederherstellungsschlüssel gespeichert
settings-encrypt-tick-once-saved = Setze das Häkchen, sobald der Schlüssel gespeichert ist: Er kann nicht noch einmal angezeigt werden.
settings-encrypt-continue = Weiter
settings-encrypt-encrypting = Wird verschlüsselt…
settings-encrypt-confirm = Verschlüsseln
settings-encrypt-done = { $backups ->
    [0] Dieses Journal ist verschlüsselt.
    [one] Dieses Journal ist verschlüsselt, seine Sicherung auch.
   *[other] Dieses Journal ist verschlüsselt, seine { $backups } Sicherungen auch.
}
refused-title = Dieses Journal kann nicht geöffnet werden
refused-text = Twoway hat die Datei nicht verändert. Du kannst ein anderes Journal öffnen oder woanders ein neues anlegen.
unlock-kicker = Verschlüsseltes Journal
unlock-title = { $file } entsperren
unlock-encrypted-on-disk = Dieses Journal ist auf dem Datenträger verschlüsselt.
unlock-hint-passphrase = Gib seine Passphrase ein, um es zu öffnen.
unlock-hint-recovery-key = Gib den Wiederherstellungsschlüssel ein, den du beim Einschalten der Verschlüsselung gespeichert hast (Leerzeichen, Bindestriche und Groß-/Kleinschreibung spielen keine Rolle).
unlock-type-passphrase = Gib die Passphrase des Journals ein.
unlock-type-recovery-key = Gib den Wiederherstellungsschlüssel ein.
unlock-wrong-passphrase = Diese Passphrase öffnet dieses Journal nicht. Prüfe sie und versuche es erneut.
unlock-wrong-recovery-key = Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht. Prüfe ihn und versuche es erneut.
unlock-unlocking = Wird entsperrt…
unlock-confirm = Entsperren
unlock-not-this-journal = Nicht dieses Journal?
settings-title = Einstellungen
settings-profile = Dein Profil
settings-profile-text = Damit wirst du begrüßt und signierst, was du exportierst.
settings-profile-load-failed = Dein Profil konnte nicht gelesen werden: { $problem }
settings-profile-name = Mein Name
settings-profile-name-example = z. B. Maria Schmidt
settings-profile-role = Meine Rolle
settings-profile-role-example = z. B. Finanzvorständin
settings-journal = Wo dein Journal liegt
backup-title = Sicherungen
settings-encryption = Verschlüsselung
settings-share = Export und Import
settings-share-text = Exportiere das ganze Journal als Markdown, als druckbare Seite, als Kalenderdatei oder als Paket, das ein anderes Twoway-Journal importiert. Du siehst, was diesen Computer verlässt, bevor es gespeichert wird.
settings-share-export = Journal exportieren…
settings-share-import = Paket importieren…
settings-programme = Dein Mentoring-Programm
settings-programme-text = Programme fragen jedes Tandem, wie es läuft. Schreibe einen Bericht nur aus Zahlen (Treffen gemessen an eurem Rhythmus, Ziele, Entwicklung der Kompetenzen, Feedback), ohne Namen, Titel oder Notizen. Du siehst jede Zahl, bevor er gespeichert wird.
settings-programme-write = Programmbericht schreiben…
settings-appearance = Darstellung
settings-appearance-text = Twoway folgt der hellen oder dunklen Einstellung deines Systems. Ändere sie dort, und das Fenster folgt.
settings-keys = Tastenkürzel
settings-keys-save-dialog = Dialog speichern und schließen
settings-keys-move-agenda-item = Agendapunkt nach oben oder unten verschieben
settings-keys-search-results = Durch Suchergebnisse gehen; Eingabe öffnet eines
settings-privacy = Datenschutz
settings-privacy-local = Alles, was du schreibst, bleibt in der Journaldatei oben, auf diesem Computer.
settings-privacy-nothing-sent = Twoway sendet nichts irgendwohin: kein Konto, keine Cloud, kein Tracking. Ist die Synchronisierung an, schreibt es seine Änderungen in den Ordner, den du gewählt hast, und dein eigenes Synchronisierungswerkzeug trägt sie weiter.
# { $private } ist das Etikett „privat“.
settings-privacy-private = Als { $private } markierte Notizen bleiben bei allem außen vor, was du für dein Gegenüber exportierst.
settings-privacy-export-yourself = Sie werden nur exportiert, wenn du für dich selbst exportierst.

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
