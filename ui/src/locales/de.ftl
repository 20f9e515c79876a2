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

app-opening = Dein Journal wird geöffnet…
app-skip-to-content = Zum Inhalt springen
app-synced = Synchronisiert: { $changes }.
app-partner-pack-refused = Das geteilte Paket von { $name } konnte nicht übernommen werden: { $problem }
app-partner-pack-came-in = Das geteilte Paket von { $name } ist angekommen: { $added } hinzugefügt, { $updated } aktualisiert.
app-plan-needs-partnership = Leg zuerst ein Tandem an: Treffen werden in einem Tandem geplant.
app-plan-open-partnership = Öffne das Tandem, in dem du das Treffen planen willst, und wähle dann erneut „Neues Treffen“.
sidebar-label = Journal
sidebar-brand = Twoway
sidebar-home-link = Twoway-Übersicht
sidebar-search-label = Journal durchsuchen
sidebar-search-placeholder = Suchen  ({ $shortcut })
sidebar-capture = Was habe ich gelernt?
sidebar-home = Übersicht
sidebar-learning-log = Lernjournal
sidebar-partnerships = Tandems
sidebar-new-partnership = Neues Tandem
sidebar-no-partnerships = Noch keine.
sidebar-status-paused = (pausiert)
sidebar-status-completed = (abgeschlossen)
sidebar-trash = Papierkorb
sidebar-settings = Einstellungen
sidebar-demo-note = Beispieljournal – dein eigenes Journal bleibt unberührt.
markdown-preview-region = Vorschau: { $label }
markdown-preview = Vorschau
markdown-nothing-written = Noch nichts geschrieben.
markdown-open-link-title = Diesen Link öffnen?
markdown-open-link-browser = Twoway öffnet { $href } in deinem Browser.
markdown-open-link-mail = Twoway öffnet { $href } in deinem E-Mail-Programm.
markdown-open-link = Link öffnen
markdown-open-link-failed = Der Link lässt sich nicht öffnen: { $reason }
privacy-only-me = Nur ich
privacy-only-me-meaning = Nur ich. { $meaning }
privacy-shared = Geteilt
capture-title = Was habe ich gelernt?
capture-text-label = Was ich gelernt oder angewendet habe
capture-text-placeholder = Wer zuerst nach einer Tabelle fragt, bekommt einen besseren ersten Entwurf…
capture-partnership = Tandem
capture-none = Keines
capture-skill = Kompetenz
capture-no-skills = Noch keine Kompetenzen
capture-skill-none = Keine
capture-date = Datum
capture-visibility = Wer es sehen darf
capture-only-me = Nur ich
capture-shared = Geteilt mit meinem Gegenüber
capture-save-hint = Strg+Eingabe zum Speichern
capture-save = Erkenntnis speichern
capture-saved = Erkenntnis in deinem Lernjournal gespeichert.
save-editing = Wird bearbeitet…
save-saving = Wird gespeichert…
save-saved = Gespeichert
save-not-saved = Nicht gespeichert
save-not-saved-field = Nicht gespeichert: siehe das markierte Feld
save-not-saved-because = Nicht gespeichert: { $reason }
toast-region = Benachrichtigungen
toast-dismiss = Schließen
dialog-partnership-title = Neues Tandem
dialog-partnership-name = Name deines Gegenübers
dialog-partnership-required = (Pflichtfeld)
dialog-partnership-role = Rolle
dialog-partnership-role-placeholder = z. B. Datenanalystin
dialog-partnership-topic = Ein Thema
dialog-partnership-start-date = Das Startdatum
dialog-partnership-how-often = Wie oft
dialog-partnership-field-problem = { $field } { $problem }
dialog-partnership-must-be-date = muss ein Datum sein
dialog-partnership-learn = Was ich von meinem Gegenüber lerne
dialog-partnership-learn-placeholder = z. B. LinkedIn, generative KI
dialog-partnership-teach = Was ich meinem Gegenüber beibringe
dialog-partnership-teach-placeholder = z. B. Kapitalallokation
dialog-partnership-topics-hint = Themen mit Komma oder Eingabe trennen.
dialog-partnership-started = Begonnen am
dialog-partnership-cadence = Wie oft ihr euch trefft
dialog-partnership-every = Alle
dialog-partnership-every-days = Wie viele Tage zwischen den Treffen
dialog-partnership-every-weeks = Wie viele Wochen zwischen den Treffen
dialog-partnership-every-months = Wie viele Monate zwischen den Treffen
dialog-partnership-unit = Einheit
dialog-partnership-unit-day = { $count ->
    [one] Tag
   *[other] Tage
}
dialog-partnership-unit-week = { $count ->
    [one] Woche
   *[other] Wochen
}
dialog-partnership-unit-month = { $count ->
    [one] Monat
   *[other] Monate
}
dialog-partnership-no-rhythm = Kein fester Rhythmus
dialog-partnership-create-hint = Strg+Eingabe zum Anlegen
dialog-partnership-create = Tandem anlegen
lib-your-partner = dein Gegenüber
lib-error-unknown = Etwas ist schiefgegangen.
lib-error-link = Nur Web- und E-Mail-Links lassen sich öffnen.
lib-file-choose-sync-folder = Ordner für die Synchronisierung wählen
lib-file-journal = Twoway-Journal
lib-file-markdown = Markdown
lib-file-web-page = Webseite
lib-file-pack = Twoway-Paket
lib-file-calendar = Kalender
lib-file-save-folder = Als Ordner speichern
lib-file-save-export = Export speichern
lib-file-record = Lernnachweis
lib-file-save-record = Lernnachweis speichern
lib-file-save-certificate = Urkunde speichern
lib-file-open-record = Lernnachweis öffnen
lib-file-save-report = Programmbericht speichern
lib-file-report = Programmbericht
lib-file-import-pack = Twoway-Paket importieren
lib-kind-partnership = Tandem
lib-kind-goal = Ziel
lib-kind-goal-check-in = Check-in
lib-kind-session = Treffen
lib-kind-agenda-item = Agendapunkt
lib-kind-action-item = Aufgabe
lib-kind-skill = Kompetenz
lib-kind-skill-rating = Einschätzung
lib-kind-learning = Erkenntnis
lib-kind-feedback = Feedback
lib-kind-agreement-version = Vereinbarungsversion
lib-kind-record-of-learning = Lernnachweis
lib-kind-agenda-template = Agendavorlage
lib-kind-partnership-count = { $count ->
    [one] { $count } Tandem
   *[other] { $count } Tandems
}
lib-kind-goal-count = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
}
lib-kind-goal-check-in-count = { $count ->
    [one] { $count } Ziel-Check-in
   *[other] { $count } Ziel-Check-ins
}
lib-kind-session-count = { $count ->
    [one] { $count } Treffen
   *[other] { $count } Treffen
}
lib-kind-agenda-item-count = { $count ->
    [one] { $count } Agendapunkt
   *[other] { $count } Agendapunkte
}
lib-kind-action-item-count = { $count ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
lib-kind-skill-count = { $count ->
    [one] { $count } Kompetenz
   *[other] { $count } Kompetenzen
}
lib-kind-skill-rating-count = { $count ->
    [one] { $count } Kompetenzeinschätzung
   *[other] { $count } Kompetenzeinschätzungen
}
lib-kind-learning-count = { $count ->
    [one] { $count } Erkenntnis
   *[other] { $count } Erkenntnisse
}
lib-kind-feedback-count = { $count ->
    [one] { $count } Feedback-Eintrag
   *[other] { $count } Feedback-Einträge
}
lib-kind-agreement-version-count = { $count ->
    [one] { $count } Vereinbarungsversion
   *[other] { $count } Vereinbarungsversionen
}
lib-kind-record-of-learning-count = { $count ->
    [one] { $count } Lernnachweis
   *[other] { $count } Lernnachweise
}
lib-kind-agenda-template-count = { $count ->
    [one] { $count } Agendavorlage
   *[other] { $count } Agendavorlagen
}
lib-kind-partnership-word = { $count ->
    [one] Tandem
   *[other] Tandems
}
lib-kind-goal-word = { $count ->
    [one] Ziel
   *[other] Ziele
}
lib-kind-goal-check-in-word = { $count ->
    [one] Ziel-Check-in
   *[other] Ziel-Check-ins
}
lib-kind-session-word = { $count ->
    [one] Treffen
   *[other] Treffen
}
lib-kind-agenda-item-word = { $count ->
    [one] Agendapunkt
   *[other] Agendapunkte
}
lib-kind-action-item-word = { $count ->
    [one] Aufgabe
   *[other] Aufgaben
}
lib-kind-skill-word = { $count ->
    [one] Kompetenz
   *[other] Kompetenzen
}
lib-kind-skill-rating-word = { $count ->
    [one] Kompetenzeinschätzung
   *[other] Kompetenzeinschätzungen
}
lib-kind-learning-word = { $count ->
    [one] Erkenntnis
   *[other] Erkenntnisse
}
lib-kind-feedback-word = { $count ->
    [one] Feedback-Eintrag
   *[other] Feedback-Einträge
}
lib-kind-agreement-version-word = { $count ->
    [one] Vereinbarungsversion
   *[other] Vereinbarungsversionen
}
lib-kind-record-of-learning-word = { $count ->
    [one] Lernnachweis
   *[other] Lernnachweise
}
lib-kind-agenda-template-word = { $count ->
    [one] Agendavorlage
   *[other] Agendavorlagen
}
lib-trash-moved = { $kind } in den Papierkorb verschoben.
lib-trash-delete-failed = Löschen nicht möglich: { $reason }
lib-trash-restore-failed = Wiederherstellen nicht möglich: { $reason }
lib-confirm-ok = OK
lib-visibility-private = Privat: bleibt auf diesem Computer, nie in einem Export für { $partner }
lib-visibility-shared = Geteilt: enthalten, wenn du für { $partner } exportierst
lib-visibility-locked-goal = Privat, weil das zugehörige Ziel privat ist
lib-visibility-locked-skill = Privat, weil die zugehörige Kompetenz privat ist
lib-visibility-locked = Privat, weil das übergeordnete Element ({ $parent }) privat ist
lib-read-only-reason = Dieses Journal ist schreibgeschützt: Seine Datei oder das Laufwerk, auf dem sie liegt, kann nicht beschrieben werden. Lesen, Suche und Export funktionieren weiterhin.
lib-idle-stayed-open = Das Journal bleibt geöffnet: Eine Änderung konnte nicht gespeichert werden. { $reason }
lib-router-not-saved = Eine Änderung wurde nicht gespeichert: { $reason }
lib-ends-too-slow = { $count ->
    [one] Das Speichern wurde nicht innerhalb von { $count } Sekunde fertig.
   *[other] Das Speichern wurde nicht innerhalb von { $count } Sekunden fertig.
}
lib-ends-not-saved-title = Nicht gespeichert
lib-ends-quit-message = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Trotzdem beenden und sie verlieren?
lib-ends-quit-confirm = Ohne Speichern beenden
lib-ends-switch-message = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Trotzdem das andere Journal öffnen und sie verlieren?
lib-ends-switch-confirm = Ohne Speichern öffnen
lib-sync-device = Gerät { $id }
lib-sync-device-list = { $list } und { $name }
lib-sync-changes = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
}
lib-sync-changes-from = { $count ->
    [one] { $count } Änderung von { $devices }
   *[other] { $count } Änderungen von { $devices }
}
lib-sync-folder-missing = Am { $when } war der Synchronisierungsordner nicht da (ein Laufwerk nicht verbunden, eine Freigabe offline?). Deine Änderungen gehen raus, sobald er wieder da ist.
lib-sync-last = Zuletzt synchronisiert am { $when }: { $sent }; { $received }.
lib-sync-sent = { $count ->
    [one] { $count } Änderung gesendet
   *[other] { $count } Änderungen gesendet
}
lib-sync-nothing-sent = nichts Neues zu senden
lib-sync-received = { $changes } empfangen
lib-sync-nothing-received = nichts Neues empfangen
lib-sync-kept = { $count ->
    [one] { $count } frühere Version von anderen Geräten im Versionsverlauf aufbewahrt.
   *[other] { $count } frühere Versionen von anderen Geräten im Versionsverlauf aufbewahrt.
}
lib-sync-waiting = { $count ->
    [one] { $count } Datei wartet auf frühere, die noch unterwegs sind.
   *[other] { $count } Dateien warten auf frühere, die noch unterwegs sind.
}
lib-passphrase-too-short = Bitte mindestens { $min } Zeichen (bisher { $count }).
lib-passphrase-differ = Die beiden Passphrasen stimmen nicht überein.
lib-passphrase-wrong = Das ist nicht die Passphrase dieses Journals.
lib-recovery-key-wrong = Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht.
share-format-markdown = Markdown
share-format-markdown-description = Ein Dokument für Notiz-Apps wie Obsidian oder Joplin.
share-format-markdown-folder = Markdown-Ordner
share-format-markdown-folder-description = Ein Verzeichnis und eine Datei pro Treffen.
share-format-html = Druckbare Seite
share-format-html-description = Öffnet sich in jedem Browser; drucke sie oder speichere sie als PDF.
share-format-pack = Twoway-Paket
share-format-pack-description = Dein Gegenüber importiert es in das eigene Journal.
share-format-calendar = Kalender
share-format-calendar-description = Geplante Treffen und fällige Aufgaben, für deine Kalender-App.
share-deletions-shared = { $count ->
    [one] { $count } Löschung
   *[other] { $count } Löschungen
} ({ $kinds }): Einträge, die du in den Papierkorb verschoben hast, also entfernt die Kopie deines Gegenübers sie auch.
share-deletions-all = { $count ->
    [one] { $count } Löschung
   *[other] { $count } Löschungen
} ({ $kinds }): Einträge, die du in den Papierkorb verschoben hast, also entfernt das Journal, das es importiert, sie auch.
share-stays-private-notes = { $count ->
    [one] die privaten Notizen von { $count } Treffen
   *[other] die privaten Notizen von { $count } Treffen
}
share-list-and = { $list } und { $last }
share-export-title = Exportieren
share-export-what = Was
share-export-whole-journal = Das ganze Journal
share-export-partnership = Das Tandem mit { $name }
share-export-session = Dieses Treffen: { $title }
share-export-for-whom = Für wen
share-export-for-partner = Mein Gegenüber
share-export-for-partner-hint = Private Notizen und alles, was als „Nur ich“ markiert ist, bleiben draußen.
share-export-for-me = Ich selbst
share-export-for-me-hint = Alles, private Notizen eingeschlossen. Behalte diese Datei für dich.
share-export-form = Form
share-export-leaves = Was diesen Computer verlässt
share-export-counting = Wird gezählt…
share-export-calendar-note = Eine Kalenderdatei enthält von den Einträgen unten nur die geplanten Treffen, den Rhythmus und offene Aufgaben mit Fälligkeitsdatum.
share-export-empty = Noch nichts: Dieser Export wäre leer.
share-export-stays-label = Bleibt hier:
share-export-stays = { $list }.
share-export-nothing-private = Hier ist nichts als privat markiert.
share-export-everything-private = Enthält alles Private. Teile es mit niemandem.
share-export-encrypted-note = Dein Journal ist verschlüsselt, der Export nicht. Er ist eine einfache Datei, die jeder lesen kann, der sie bekommt.
share-export-show-document = Genau zeigen, was hinausgeht
share-export-document-title = Genau das geht hinaus
share-export-document-failed = Der Export lässt sich nicht zeigen: { $reason }
share-export-document-preparing = Das Dokument wird vorbereitet…
share-export-document-region = Der Export als Dokument
share-export-document-empty = Dieser Export ist leer.
share-export-note-calendar = Als Dokument gezeigt. Die Kalenderdatei enthält nur die geplanten Treffen und fälligen Aufgaben.
share-export-note-pack-deletions = Dieselben Einträge wie im Twoway-Paket, als Dokument gezeigt; das Paket enthält außerdem die Löschungen oben.
share-export-note-pack = Dieselben Einträge wie im Twoway-Paket, als Dokument gezeigt.
share-export-note-markdown-folder = Derselbe Inhalt wie im Markdown-Ordner, als Dokument gezeigt.
share-export-note-html = Derselbe Inhalt wie auf der druckbaren Seite, als Dokument gezeigt.
share-export-replace-title = Dateien ersetzen?
share-export-replace-message = In { $path } liegen schon Dateien mit denselben Namen. Durch diesen Export ersetzen?
share-export-replace = Ersetzen
share-export-saved = Gespeichert unter { $path }
share-export-saved-files = { $count ->
    [one] { $count } Datei in { $path } gespeichert
   *[other] { $count } Dateien in { $path } gespeichert
}
share-export-saving = Wird gespeichert…
share-export-save = Speichern…
import-title = Paket importieren
import-whose = Wessen Paket ist es?
import-mine = Meins
import-mine-hint = Aus meinem Journal auf einem anderen Computer exportiert oder als Kopie aufbewahrt.
import-partner = Das meines Gegenübers
import-partner-hint = Die andere Seite unseres Tandems: Was dort als „ich“ steht, wird hier zum Gegenüber, und was dein Gegenüber lernt, ist das, was du beibringst.
import-needs-partnership = Das Paket deines Gegenübers kommt in eines deiner Tandems. Lege zuerst das Tandem an.
import-into = Hinzufügen zu meinem Tandem mit
import-choose-another = Andere Datei wählen…
import-choose = Paketdatei wählen…
import-stopped = Import gestoppt: Nichts wurde geändert. Importiere erneut, wenn du so weit bist.
import-progress = Importfortschritt
import-summary = Was der Import tun wird
import-choose-first = Wähle ein Paket, um zu sehen, was es hinzufügt und ändert, bevor irgendetwas geschrieben wird.
import-choose-partnership = Wähle das Tandem, zu dem dieses Paket gehört.
import-reading = Das Paket wird gelesen…
import-reading-progress = Das Paket wird gelesen
import-nothing-new = Nichts Neues: Alles in diesem Paket ist schon in deinem Journal.
import-totals-add = neu
import-totals-update = zu aktualisieren
import-totals-unchanged = schon vorhanden
import-totals-conflicts = { $count ->
    [one] Konflikt
   *[other] Konflikte
}
import-conflict-note = Ein Konflikt ist ein Eintrag, den du hier geändert hast und den das Paket anders, aber nicht neuer enthält: Deine Fassung bleibt.
import-will-trash = { $count ->
    [one] { $count } Eintrag wandert in den Papierkorb, wie im Paket.
   *[other] { $count } Einträge wandern in den Papierkorb, wie im Paket.
}
import-will-restore = { $count ->
    [one] { $count } Eintrag kommt aus dem Papierkorb zurück.
   *[other] { $count } Einträge kommen aus dem Papierkorb zurück.
}
import-same-meeting = { $count ->
    [one] Ein Treffen, das dein Gegenüber geplant hat, ist dasselbe wie eines deiner Treffen: Es wird nicht hinzugefügt, seine Agenda, Aufgaben und Erkenntnisse kommen zu deinen.
   *[other] { $count } Treffen, die dein Gegenüber geplant hat, sind dieselben wie deine: Sie werden nicht hinzugefügt, ihre Agenden, Aufgaben und Erkenntnisse kommen zu deinen.
}
import-profile-set = Dein Name und deine Rolle werden aus dem Paket übernommen.
import-column-record = Eintrag
import-column-add = Neu
import-column-update = Aktualisieren
import-column-unchanged = Schon vorhanden
import-column-conflicts = Konflikte
import-done = { $added ->
    [one] Importiert: { $added } Eintrag hinzugefügt, { $updated } aktualisiert.
   *[other] Importiert: { $added } Einträge hinzugefügt, { $updated } aktualisiert.
}
import-done-conflicts = Importiert: { $added ->
    [one] { $added } Eintrag
   *[other] { $added } Einträge
} hinzugefügt, { $updated } aktualisiert, { $conflicts ->
    [one] { $conflicts } Konflikt
   *[other] { $conflicts } Konflikte
} so belassen, wie du sie hattest.
import-stopping = Wird gestoppt…
import-importing-progress = Importiere { $done } von { $total ->
    [one] { $total } Eintrag
   *[other] { $total } Einträgen
}…
import-importing = Wird importiert…
import-stop = Stopp
import-import = Importieren
share-folder-linked = Austausch mit { $name } über den Ordner.
share-folder-unlinked = Kein Austausch mehr mit { $name }.
share-folder-choose-title = Ein Ordner, den du mit { $name } teilst
share-folder-pack-refused = Das Paket von { $name } konnte nicht übernommen werden: { $problem }
share-folder-pack-came-in = Das Paket von { $name } ist angekommen: { $added } hinzugefügt, { $updated } aktualisiert.
share-folder-sent = Dein geteiltes Paket liegt im Ordner; von { $name } noch nichts Neues.
share-folder-nothing-new = In keiner Richtung etwas Neues.
share-folder-title = Austausch mit { $name } über einen Ordner
share-folder-intro = Wähle einen Ordner, auf den du und { $name } beide zugreifen könnt, etwa einen geteilten Nextcloud- oder Syncthing-Ordner. Twoway legt dort dein geteiltes Paket dieses Tandems ab, sobald es sich ändert, und holt das andere herein wie „Paket des Gegenübers importieren…“: die andere Seite aus deiner Sicht, die Erkenntnisse des Gegenübers als dessen eigene, ein Treffen, das ihr beide geplant habt, als ein Treffen.
share-folder-only-shared = Dorthin geht nur, was ein Export für { $name } enthält: nichts, was als privat markiert ist, keine privaten Notizen.
share-folder-exchanging-through = Austausch über { $folder }.
share-folder-not-linked = Noch mit keinem Ordner verbunden.
share-folder-stop = Austausch beenden
share-folder-another = Anderer Ordner…
share-folder-exchange-now = Jetzt austauschen
share-folder-choose = Ordner wählen…
recognition-goal-achieved-on = Ziel erreicht am { $date }
recognition-goal-achieved = Ziel erreicht
recognition-rated-by-me = { $from } → { $to } von mir
recognition-rated-by-partner = { $from } → { $to } von { $name }
recognition-skill-rated = Kompetenz, eingeschätzt { $ratings }
recognition-skill-not-rated = Kompetenz, noch nicht eingeschätzt
recognition-file-signed-by-me = Lernnachweis mit { $name } (von mir signiert)
recognition-file-signed-by-both = Lernnachweis mit { $name } (von beiden signiert)
recognition-file-certificate = Urkunde zum Lernnachweis mit { $name }
recognition-signed-saved = Signiert und unter { $path } gespeichert. Schick ihn { $name } zum Gegenzeichnen.
recognition-signed-kept = Signiert und in deinem Journal aufbewahrt. Er geht mit deinem nächsten Paket an dein Gegenüber (Exportieren… → ein Paket für dein Gegenüber).
recognition-countersigned-saved = Gegengezeichnet und unter { $path } gespeichert. Schick ihn an { $name } zurück.
recognition-countersigned-kept = Gegengezeichnet und in deinem Journal aufbewahrt. Er geht mit deinem nächsten Paket an dein Gegenüber (Exportieren… → ein Paket für dein Gegenüber).
recognition-certificate-saved = Urkunde unter { $path } gespeichert
recognition-state-broken = ist nicht gültig
recognition-state-both = von euch beiden signiert
recognition-state-waiting-partner = von dir signiert, wartet auf { $name }
recognition-state-waiting-me = von { $name } signiert, wartet auf dich
recognition-signer-me = Du
recognition-signer-partner = { $name } (Schlüssel bestätigt am { $date })
recognition-signer-unconfirmed = Ein Schlüssel, den du nicht bestätigt hast
recognition-signer-none = Kein Schlüssel angegeben
recognition-title = Lernnachweis
recognition-modes = Was tun
recognition-mode-sign = Lernnachweis signieren
recognition-mode-open = Lernnachweise mit { $name }
recognition-my-key = Dein Schlüssel: { $fingerprint }
recognition-my-key-hint = Lies ihn { $name } einmal vor, damit deine Signatur als deine bestätigt werden kann.
recognition-period = Zeitraum
recognition-period-hint = (optional, sonst das ganze Tandem)
recognition-from = Von
recognition-to = Bis
recognition-gathering = Es wird gesammelt, was der Lernnachweis sagen kann…
recognition-held = { $sessions ->
    [one] { $sessions } Treffen
   *[other] { $sessions } Treffen
} gehalten, { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}. Nichts Privates wird angeboten.
recognition-i-learned = Was ich gelernt habe
recognition-they-learned = Was { $name } von mir gelernt hat
recognition-nothing-shared = Noch nichts Geteiltes zum Aufnehmen.
recognition-statement = Was ich über { $name } sage
recognition-statement-placeholder = Was mir die Zusammenarbeit gebracht hat, in ein, zwei Sätzen
recognition-kept-list = In diesem Journal aufbewahrte Lernnachweise
recognition-kept-state = { $state } · zuletzt geändert am { $when }
recognition-open = Öffnen
recognition-none-kept = Hier ist noch kein Lernnachweis. Einer, den du signierst, wird hier aufbewahrt; einer, den { $name } signiert, kommt mit dem Paket.
recognition-open-file = Lernnachweis-Datei öffnen…
recognition-issued-by = Ausgestellt von { $name }
recognition-does-not-hold = Dieser Lernnachweis ist nicht gültig: Er wurde nach dem Signieren geändert, oder eine Signatur fehlt. Verlass dich nicht darauf.
recognition-role-issuer = hat ihn ausgestellt
recognition-role-countersigner = hat ihn gegengezeichnet
recognition-signature-holds = Signatur gültig
recognition-confirm-ask = Bitte { $name }, den Fingerabdruck des eigenen Schlüssels vorzulesen. Stimmt er mit { $fingerprint } überein?
recognition-confirm-key = Er stimmt: Schlüssel bestätigen
recognition-complete = Von euch beiden signiert. Die Urkunde ist eine Seite zum Drucken oder Teilen.
recognition-open-hint = Öffne oben einen Lernnachweis oder die Datei, die { $name } dir geschickt hat: einen zum Gegenzeichnen oder einen, den ihr beide signiert habt.
recognition-sign-to-file = Signieren und als Datei speichern…
recognition-sign = Signieren
recognition-countersign-to-file = Gegenzeichnen und als Datei speichern…
recognition-countersign = Gegenzeichnen
recognition-save-certificate = Urkunde speichern…

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
