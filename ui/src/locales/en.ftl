### Twoway's words in English, the catalogue every other language is checked against.
###
### One message per sentence a person reads, grouped by where it is shown. Ids start with their
### area (home-, session-, export-…) so each area's messages stay together. A count is passed
### as a number and chooses its plural form:
###
###   sessions-count = { $count ->
###       [one] { $count } session
###      *[other] { $count } sessions
###   }

## Common: words every view uses

common-save = Save
common-cancel = Cancel
common-close = Close
common-delete = Delete
common-undo = Undo
common-edit = Edit
common-add = Add
common-remove = Remove
common-back = Back
common-done = Done
common-loading = Loading…
common-try-again = Try again
common-restore = Restore
count-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}

## Partnership, goals, skills, templates and feedback

## Sessions, learning log, search and trash

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

app-opening = Opening your journal…
app-skip-to-content = Skip to the content
app-synced = Synced: { $changes }.
app-partner-pack-refused = { $name }’s shared pack could not be taken: { $problem }
app-partner-pack-came-in = { $name }’s shared pack came in: { $added } added, { $updated } updated.
app-plan-needs-partnership = Start a partnership first: a session is planned in one.
app-plan-open-partnership = Open the partnership to plan the session in, then choose New session again.
sidebar-label = Journal
sidebar-brand = Twoway
sidebar-home-link = Twoway home
sidebar-search-label = Search the journal
sidebar-search-placeholder = Search  ({ $shortcut })
sidebar-capture = What did I learn?
sidebar-home = Home
sidebar-learning-log = Learning log
sidebar-partnerships = Partnerships
sidebar-new-partnership = New partnership
sidebar-no-partnerships = None yet.
sidebar-status-paused = (paused)
sidebar-status-completed = (completed)
sidebar-trash = Trash
sidebar-settings = Settings
sidebar-demo-note = Sample journal — your own journal is untouched.
markdown-preview-region = { $label } preview
markdown-preview = Preview
markdown-nothing-written = Nothing written yet.
markdown-open-link-title = Open this link?
markdown-open-link-browser = Twoway will open { $href } in your browser.
markdown-open-link-mail = Twoway will open { $href } in your mail app.
markdown-open-link = Open link
markdown-open-link-failed = Could not open the link: { $reason }
privacy-only-me = Only me
privacy-only-me-meaning = Only me. { $meaning }
privacy-shared = Shared
capture-title = What did I learn?
capture-text-label = What I learned or applied
capture-text-placeholder = Asking for a table first gets a better first draft…
capture-partnership = Partnership
capture-none = None
capture-skill = Skill
capture-no-skills = No skills yet
capture-skill-none = None
capture-date = Date
capture-visibility = Who may see it
capture-only-me = Only me
capture-shared = Shared with my partner
capture-save-hint = Ctrl+Enter to save
capture-save = Save learning
capture-saved = Learning saved to your log.
save-editing = Editing…
save-saving = Saving…
save-saved = Saved
save-not-saved = Not saved
save-not-saved-field = Not saved: see the highlighted field
save-not-saved-because = Not saved: { $reason }
toast-region = Notifications
toast-dismiss = Dismiss
dialog-partnership-title = New partnership
dialog-partnership-name = Partner's name
dialog-partnership-required = (required)
dialog-partnership-role = Their role
dialog-partnership-role-placeholder = e.g. Data analyst
dialog-partnership-topic = A topic
dialog-partnership-start-date = The start date
dialog-partnership-how-often = How often
dialog-partnership-field-problem = { $field } { $problem }
dialog-partnership-must-be-date = must be a date
dialog-partnership-learn = What I learn from them
dialog-partnership-learn-placeholder = e.g. LinkedIn, generative AI
dialog-partnership-teach = What I teach them
dialog-partnership-teach-placeholder = e.g. Capital allocation
dialog-partnership-topics-hint = Separate topics with a comma or Enter.
dialog-partnership-started = Started on
dialog-partnership-cadence = How often you meet
dialog-partnership-every = Every
dialog-partnership-every-days = How many days between sessions
dialog-partnership-every-weeks = How many weeks between sessions
dialog-partnership-every-months = How many months between sessions
dialog-partnership-unit = Unit
dialog-partnership-unit-day = { $count ->
    [one] day
   *[other] days
}
dialog-partnership-unit-week = { $count ->
    [one] week
   *[other] weeks
}
dialog-partnership-unit-month = { $count ->
    [one] month
   *[other] months
}
dialog-partnership-no-rhythm = No set rhythm
dialog-partnership-create-hint = Ctrl+Enter to create
dialog-partnership-create = Create partnership
lib-your-partner = your partner
lib-error-unknown = Something went wrong.
lib-error-link = Only web and mail links can be opened.
lib-file-choose-sync-folder = Choose the sync folder
lib-file-journal = Twoway journal
lib-file-markdown = Markdown
lib-file-web-page = Web page
lib-file-pack = Twoway pack
lib-file-calendar = Calendar
lib-file-save-folder = Save as a folder
lib-file-save-export = Save export
lib-file-record = Record of learning
lib-file-save-record = Save the record of learning
lib-file-save-certificate = Save the certificate
lib-file-open-record = Open a record of learning
lib-file-save-report = Save the programme report
lib-file-report = Programme report
lib-file-import-pack = Import a Twoway pack
lib-kind-partnership = Partnership
lib-kind-goal = Goal
lib-kind-goal-check-in = Check-in
lib-kind-session = Session
lib-kind-agenda-item = Agenda item
lib-kind-action-item = Action item
lib-kind-skill = Skill
lib-kind-skill-rating = Rating
lib-kind-learning = Learning
lib-kind-feedback = Feedback
lib-kind-agreement-version = Agreement version
lib-kind-record-of-learning = Record of learning
lib-kind-agenda-template = Agenda template
lib-kind-partnership-count = { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
lib-kind-goal-count = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
lib-kind-goal-check-in-count = { $count ->
    [one] { $count } goal check-in
   *[other] { $count } goal check-ins
}
lib-kind-session-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
lib-kind-agenda-item-count = { $count ->
    [one] { $count } agenda item
   *[other] { $count } agenda items
}
lib-kind-action-item-count = { $count ->
    [one] { $count } action item
   *[other] { $count } action items
}
lib-kind-skill-count = { $count ->
    [one] { $count } skill
   *[other] { $count } skills
}
lib-kind-skill-rating-count = { $count ->
    [one] { $count } skill rating
   *[other] { $count } skill ratings
}
lib-kind-learning-count = { $count ->
    [one] { $count } learning
   *[other] { $count } learnings
}
lib-kind-feedback-count = { $count ->
    [one] { $count } feedback entry
   *[other] { $count } feedback entries
}
lib-kind-agreement-version-count = { $count ->
    [one] { $count } agreement version
   *[other] { $count } agreement versions
}
lib-kind-record-of-learning-count = { $count ->
    [one] { $count } record of learning
   *[other] { $count } records of learning
}
lib-kind-agenda-template-count = { $count ->
    [one] { $count } agenda template
   *[other] { $count } agenda templates
}
lib-kind-partnership-word = { $count ->
    [one] partnership
   *[other] partnerships
}
lib-kind-goal-word = { $count ->
    [one] goal
   *[other] goals
}
lib-kind-goal-check-in-word = { $count ->
    [one] goal check-in
   *[other] goal check-ins
}
lib-kind-session-word = { $count ->
    [one] session
   *[other] sessions
}
lib-kind-agenda-item-word = { $count ->
    [one] agenda item
   *[other] agenda items
}
lib-kind-action-item-word = { $count ->
    [one] action item
   *[other] action items
}
lib-kind-skill-word = { $count ->
    [one] skill
   *[other] skills
}
lib-kind-skill-rating-word = { $count ->
    [one] skill rating
   *[other] skill ratings
}
lib-kind-learning-word = { $count ->
    [one] learning
   *[other] learnings
}
lib-kind-feedback-word = { $count ->
    [one] feedback entry
   *[other] feedback entries
}
lib-kind-agreement-version-word = { $count ->
    [one] agreement version
   *[other] agreement versions
}
lib-kind-record-of-learning-word = { $count ->
    [one] record of learning
   *[other] records of learning
}
lib-kind-agenda-template-word = { $count ->
    [one] agenda template
   *[other] agenda templates
}
lib-trash-moved = { $kind } moved to the trash.
lib-trash-delete-failed = Could not delete: { $reason }
lib-trash-restore-failed = Could not restore: { $reason }
lib-confirm-ok = OK
lib-visibility-private = Private: stays on this computer, never in an export for { $partner }
lib-visibility-shared = Shared: included when you export for { $partner }
lib-visibility-locked-goal = Private because its goal is private
lib-visibility-locked-skill = Private because its skill is private
lib-visibility-locked = Private because its { $parent } is private
lib-read-only-reason = This journal is read-only: its file, or the disk it is on, cannot be written. Reading, search and export still work.
lib-idle-stayed-open = The journal stayed open: an edit could not be saved. { $reason }
lib-router-not-saved = A change was not saved: { $reason }
lib-ends-too-slow = { $count ->
    [one] Saving did not finish within { $count } second.
   *[other] Saving did not finish within { $count } seconds.
}
lib-ends-not-saved-title = Not saved
lib-ends-quit-message = Your last changes could not be saved: { $problems } Quit anyway and lose them?
lib-ends-quit-confirm = Quit without saving
lib-ends-switch-message = Your last changes could not be saved: { $problems } Open the other journal anyway and lose them?
lib-ends-switch-confirm = Open without saving
lib-sync-device = device { $id }
lib-sync-device-list = { $list } and { $name }
lib-sync-changes = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
lib-sync-changes-from = { $count ->
    [one] { $count } change from { $devices }
   *[other] { $count } changes from { $devices }
}
lib-sync-folder-missing = At { $when } the sync folder was not there (a drive not connected, a share offline?). Your edits go out once it is back.
lib-sync-last = Last synced { $when }: { $sent }; { $received }.
lib-sync-sent = { $count ->
    [one] sent { $count } change
   *[other] sent { $count } changes
}
lib-sync-nothing-sent = nothing new to send
lib-sync-received = { $changes } came in
lib-sync-nothing-received = nothing new came in
lib-sync-kept = { $count ->
    [one] { $count } earlier version from other devices kept in version history.
   *[other] { $count } earlier versions from other devices kept in version history.
}
lib-sync-waiting = { $count ->
    [one] { $count } file waits for earlier ones still on their way.
   *[other] { $count } files wait for earlier ones still on their way.
}
lib-passphrase-too-short = At least { $min } characters, please ({ $count } so far).
lib-passphrase-differ = The two passphrases differ.
lib-passphrase-wrong = That is not the journal’s passphrase.
lib-recovery-key-wrong = That recovery key does not open this journal.
share-format-markdown = Markdown
share-format-markdown-description = One document for notes apps such as Obsidian or Joplin.
share-format-markdown-folder = Markdown folder
share-format-markdown-folder-description = An index and one file per session.
share-format-html = Printable page
share-format-html-description = Opens in any browser; print it or save it as PDF.
share-format-pack = Twoway pack
share-format-pack-description = Your partner imports it into their own journal.
share-format-calendar = Calendar
share-format-calendar-description = Planned sessions and due action items, for your calendar app.
share-deletions-shared = { $count ->
    [one] { $count } deletion
   *[other] { $count } deletions
} ({ $kinds }): records you moved to the trash, so your partner's copy removes them too.
share-deletions-all = { $count ->
    [one] { $count } deletion
   *[other] { $count } deletions
} ({ $kinds }): records you moved to the trash, so the journal that imports it removes them too.
share-stays-private-notes = { $count ->
    [one] the private notes of { $count } session
   *[other] the private notes of { $count } sessions
}
share-list-and = { $list } and { $last }
share-export-title = Export
share-export-what = What
share-export-whole-journal = The whole journal
share-export-partnership = The partnership with { $name }
share-export-session = This session: { $title }
share-export-for-whom = For whom
share-export-for-partner = My partner
share-export-for-partner-hint = Private notes and everything marked “Only me” are left out.
share-export-for-me = Myself
share-export-for-me-hint = Everything, private notes included. Keep this file to yourself.
share-export-form = Form
share-export-leaves = What leaves this computer
share-export-counting = Counting…
share-export-calendar-note = A calendar file holds only the planned sessions, the meeting rhythm and open action items with a due date, from the records below.
share-export-empty = Nothing yet: this export would be empty.
share-export-stays-label = Stays here:
share-export-stays = { $list }.
share-export-nothing-private = Nothing here is marked private.
share-export-everything-private = Includes everything private. Share it with no one.
share-export-encrypted-note = Your journal is encrypted; the export is not. It is a plain file anyone who gets it can read.
share-export-show-document = Show exactly what leaves
share-export-document-title = Exactly what leaves
share-export-document-failed = Could not show the export: { $reason }
share-export-document-preparing = Preparing the document…
share-export-document-region = The export as a document
share-export-document-empty = This export is empty.
share-export-note-calendar = Shown as a document. The calendar file holds only its planned sessions and due action items.
share-export-note-pack-deletions = The same records the Twoway pack holds, shown as a document; the pack also carries the deletions above.
share-export-note-pack = The same records the Twoway pack holds, shown as a document.
share-export-note-markdown-folder = The same content the markdown folder holds, shown as a document.
share-export-note-html = The same content the printable page holds, shown as a document.
share-export-replace-title = Replace files?
share-export-replace-message = { $path } already holds files of the same names. Replace them with this export?
share-export-replace = Replace
share-export-saved = Saved to { $path }
share-export-saved-files = { $count ->
    [one] Saved { $count } file in { $path }
   *[other] Saved { $count } files in { $path }
}
share-export-saving = Saving…
share-export-save = Save…
import-title = Import a pack
import-whose = Whose pack is it?
import-mine = Mine
import-mine-hint = Exported from my journal on another computer, or kept as a copy.
import-partner = My partner’s
import-partner-hint = Their side of our partnership: what they wrote as “me” becomes “partner” here, what they learn is what you teach.
import-needs-partnership = A partner’s pack is added to one of your partnerships. Create the partnership first.
import-into = Add it to my partnership with
import-choose-another = Choose another file…
import-choose = Choose a pack file…
import-stopped = Import stopped: nothing was changed. Import again when you are ready.
import-progress = Import progress
import-summary = What the import will do
import-choose-first = Choose a pack to see what it adds and changes before anything is written.
import-choose-partnership = Choose the partnership this pack belongs to.
import-reading = Reading the pack…
import-reading-progress = Reading the pack
import-nothing-new = Nothing new: everything in this pack is already in your journal.
import-totals-add = to add
import-totals-update = to update
import-totals-unchanged = already here
import-totals-conflicts = { $count ->
    [one] conflict
   *[other] conflicts
}
import-conflict-note = A conflict is a record you changed here that the pack holds differently but not more recently: your version is kept.
import-will-trash = { $count ->
    [one] { $count } record will move to the trash, as in the pack.
   *[other] { $count } records will move to the trash, as in the pack.
}
import-will-restore = { $count ->
    [one] { $count } record will come back from the trash.
   *[other] { $count } records will come back from the trash.
}
import-same-meeting = { $count ->
    [one] A session your partner planned is the same meeting as one of yours: it is not added, and its agenda, actions and learnings join yours.
   *[other] { $count } sessions your partner planned are the same meetings as yours: they are not added, and their agendas, actions and learnings join yours.
}
import-profile-set = Your name and role are filled in from the pack.
import-column-record = Record
import-column-add = Add
import-column-update = Update
import-column-unchanged = Already here
import-column-conflicts = Conflicts
import-done = { $added ->
    [one] Imported: { $added } record added, { $updated } updated.
   *[other] Imported: { $added } records added, { $updated } updated.
}
import-done-conflicts = Imported: { $added ->
    [one] { $added } record
   *[other] { $added } records
} added, { $updated } updated, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} kept as you had them.
import-stopping = Stopping…
import-importing-progress = Importing { $done } of { $total ->
    [one] { $total } record
   *[other] { $total } records
}…
import-importing = Importing…
import-stop = Stop
import-import = Import
share-folder-linked = Exchanging with { $name } through the folder.
share-folder-unlinked = No longer exchanging with { $name }.
share-folder-choose-title = A folder you share with { $name }
share-folder-pack-refused = { $name }’s pack could not be taken: { $problem }
share-folder-pack-came-in = { $name }’s pack came in: { $added } added, { $updated } updated.
share-folder-sent = Your shared pack is in the folder; nothing new from { $name } yet.
share-folder-nothing-new = Nothing new either way.
share-folder-title = Exchange with { $name } through a folder
share-folder-intro = Choose a folder you and { $name } both reach, such as a shared Nextcloud or Syncthing folder. Twoway puts your shared pack of this partnership there whenever it changes, and brings theirs in as “Import their pack…” would: their side seen from yours, their learnings as theirs, a meeting you both planned as one session.
share-folder-only-shared = Only what an export for { $name } holds goes there: nothing marked private, no private notes.
share-folder-exchanging-through = Exchanging through { $folder }.
share-folder-not-linked = Not linked to a folder yet.
share-folder-stop = Stop exchanging
share-folder-another = Another folder…
share-folder-exchange-now = Exchange now
share-folder-choose = Choose a folder…
recognition-goal-achieved-on = goal achieved { $date }
recognition-goal-achieved = goal achieved
recognition-rated-by-me = { $from } → { $to } by me
recognition-rated-by-partner = { $from } → { $to } by { $name }
recognition-skill-rated = skill, rated { $ratings }
recognition-skill-not-rated = skill, not rated yet
recognition-file-signed-by-me = Record of learning with { $name } (signed by me)
recognition-file-signed-by-both = Record of learning with { $name } (signed by both)
recognition-file-certificate = Record of learning with { $name } certificate
recognition-signed-saved = Signed and saved to { $path }. Send it to { $name } to countersign.
recognition-signed-kept = Signed and kept in your journal. It goes to them in your next pack for them (Export… → a pack for your partner).
recognition-countersigned-saved = Countersigned and saved to { $path }. Send it back to { $name }.
recognition-countersigned-kept = Countersigned and kept in your journal. It goes to them in your next pack for them (Export… → a pack for your partner).
recognition-certificate-saved = Saved the certificate to { $path }
recognition-state-broken = does not hold
recognition-state-both = signed by you both
recognition-state-waiting-partner = signed by you, waiting for { $name }
recognition-state-waiting-me = signed by { $name }, waiting for you
recognition-signer-me = You
recognition-signer-partner = { $name } (key confirmed { $date })
recognition-signer-unconfirmed = A key you have not confirmed
recognition-signer-none = No key named
recognition-title = Record of learning
recognition-modes = What to do
recognition-mode-sign = Sign a record
recognition-mode-open = Records with { $name }
recognition-my-key = Your key: { $fingerprint }
recognition-my-key-hint = Read it to { $name } once, so they can confirm your signature is yours.
recognition-period = Period
recognition-period-hint = (optional: the whole partnership otherwise)
recognition-from = From
recognition-to = To
recognition-gathering = Gathering what the record can say…
recognition-held = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} held, { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}. Nothing private is offered.
recognition-i-learned = What I learned
recognition-they-learned = What { $name } learned from me
recognition-nothing-shared = Nothing shared to include yet.
recognition-statement = What I say about { $name }
recognition-statement-placeholder = What working with them gave me, in a sentence or two
recognition-kept-list = Records kept in this journal
recognition-kept-state = { $state } · last changed { $when }
recognition-open = Open
recognition-none-kept = No record kept here yet. One you sign is kept here; one { $name } signs arrives with their pack.
recognition-open-file = Open a record file…
recognition-issued-by = Issued by { $name }
recognition-does-not-hold = This record does not hold: it was changed after it was signed, or a signature is missing. Do not rely on it.
recognition-role-issuer = issued it
recognition-role-countersigner = countersigned it
recognition-signature-holds = signature holds
recognition-confirm-ask = Ask { $name } to read out the fingerprint of their key. Does it match { $fingerprint }?
recognition-confirm-key = It matches: confirm their key
recognition-complete = Signed by you both. The certificate is a page to print or share.
recognition-open-hint = Open a record above, or the file { $name } sent you: a record to countersign, or one you both signed.
recognition-sign-to-file = Sign and save a file…
recognition-sign = Sign
recognition-countersign-to-file = Countersign and save a file…
recognition-countersign = Countersign
recognition-save-certificate = Save the certificate…

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
