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

care-diff-added = [added: { $text }]
care-diff-removed = [removed: { $text }]
care-history-button = History
care-history-label = History of the { $name }
care-history-tooltip = Earlier versions of the { $name }
care-history-restored = Restored the { $name } of { $date }. The text it replaced is kept in the history.
care-history-unsaved = Your latest change here is not saved: { $problem } Restoring is off until it is saved, so that it is not lost.
care-history-load-failed = The history could not be read: { $problem }
care-history-reading = Reading the history…
care-history-empty-title = No earlier versions yet
care-history-empty = When you change the { $name }, the text you replace is kept here: at most one version every ten minutes while you type, then one a day after a day, and one a week after a month. Versions stay in this journal; they are never exported.
care-history-versions = Earlier versions, newest first
care-history-excerpt-empty = (empty)
care-history-compare-title = From { $date } to now
care-history-changes = Changes
# { $added } is care-history-legend-added, underlined; { $removed } is care-history-legend-removed, struck through.
care-history-legend = Since this version, { $added } were added and { $removed } were removed.
care-history-legend-added = underlined words
care-history-legend-removed = struck-through words
care-history-legend-restore = Restoring it brings back its text as it was.
care-history-compare-failed = The versions could not be compared: { $problem }
care-history-comparing = Comparing…
care-history-same = This version is the same as the current text.
care-history-diff-label = The text, word by word
care-history-restore-failed = This version was not restored: { $problem }
care-history-restoring = Restoring…
care-history-restore = Restore this version
care-read-only-title = This journal is read-only.
# { $file } is the journal's file name.
care-read-only-why = Twoway cannot write to { $file } or to the disk it is on (read-only media, or no permission to write there), so it opened the journal for reading only.
care-read-only-works = Reading, search and export work as usual; changing anything is switched off, and nothing is backed up automatically.
# { $settings } is care-read-only-settings, a link to the settings.
care-read-only-how = To make changes, copy the file to a folder you can write to and open the copy from { $settings }.
care-read-only-settings = Settings
care-start-notice-dismiss = Dismiss
home-cadence-days = { $every ->
    [one] every day
   *[other] every { $every } days
}
home-cadence-weeks = { $every ->
    [one] every week
   *[other] every { $every } weeks
}
home-cadence-months = { $every ->
    [one] every month
   *[other] every { $every } months
}
home-days-ago-today = today
home-days-ago-yesterday = yesterday
home-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
# { $when } is a relative day: "tomorrow", "3 days ago", "in 2 weeks".
home-due-overdue = Overdue: was due { $when }
home-due = Due { $when }
home-due-keeps-rhythm = Keeps the rhythm
home-due-late = Later than the rhythm: due { $when }
home-sessions-held = { $count ->
    [one] { $count } session held
   *[other] { $count } sessions held
}
home-completed-goals = { $achieved } of { $total ->
    [one] { $total } goal
   *[other] { $total } goals
} achieved
home-completed-feedback = { $count ->
    [one] { $count } feedback entry
   *[other] { $count } feedback entries
}
home-agreement-revisit = Time to revisit the agreement
home-agreement-not-adopted = Agreement not adopted yet
home-agreement-agreed-by-both = Agreement agreed by both on { $on }
home-agreement-adopted = Agreement adopted on { $on }
home-card-since = since { $date }
home-card-until = until { $date }
home-card-paused = Paused
home-card-sessions = Sessions
home-card-plan-next = Plan next session
home-card-i-learn = I learn
home-card-what-i-learn = What I learn
home-card-i-teach = I teach
home-card-what-i-teach = What I teach
home-rhythm = Rhythm
home-rhythm-none = no set rhythm
home-rhythm-held-of = { $held } of { $expected ->
    [one] { $expected } session
   *[other] { $expected } sessions
} held
home-rhythm-recent-of = Last { $days } days: { $held } of { $expected }
home-rhythm-recent = Last { $days } days: { $held }
# { $when } is home-days-ago, home-days-ago-today or home-days-ago-yesterday.
home-last-session = Last session { $when }
home-no-session-yet = No session held yet
home-next-session = Next session
home-next-nothing-planned = Nothing planned
home-next-meet-when-it-suits = Meet when it suits you both
home-none-yet = None yet
home-actions = Actions
home-actions-empty = Actions agreed in sessions show here
home-actions-open = { $count } open
home-actions-overdue = { $count } overdue
home-actions-done = { $count } done
home-goals = Goals
home-goals-empty = No goals yet
home-goals-empty-hint = Set one on the partnership page
# { $percent } is home-goals-percent, shown large; the rest is shown small.
home-goals-average-progress = { $percent } average progress
home-goals-percent = { $value }%
home-goals-all-dropped = All dropped
home-goals-open = { $count } open
home-goals-in-progress = { $count } in progress
home-goals-achieved = { $count } achieved
home-goals-dropped = { $count } dropped
home-balance = Learn and teach
# { $arrow } is a two-way arrow.
home-balance-title = Learn { $arrow } teach
home-balance-goals = Goals
home-balance-skills = Skills
home-balance-none = none yet
home-balance-learn = { $count } learn
home-balance-teach = { $count } teach
home-feedback = Feedback
home-feedback-empty = Given and received, after a session
# { $count } is the number of entries, in bold.
home-feedback-given = Given { $count }
home-feedback-received = Received { $count }
home-feedback-no-ratings = no ratings
home-feedback-average = ★ { $rating } avg
home-topic-remove = Remove { $topic }
home-welcome-name = Welcome, { $name }
home-welcome = Welcome to Twoway
home-welcome-lead = Twoway is a private journal for reverse mentoring, where knowledge flows both ways: what you learn from your partner and what you teach them back. Keep your goals, session agendas and notes, skills and feedback in one place, on this computer only.
home-welcome-create = Create your first partnership
home-welcome-opening-sample = Opening the sample…
home-welcome-try-sample = Try with sample data
home-welcome-sample-note = The sample opens a separate journal file — your own journal stays empty and private.
home-feature-directions = Both directions
home-feature-directions-text = Every goal, skill and piece of feedback says which way it flows, so the exchange stays two-way.
home-feature-sessions = Sessions that carry on
home-feature-sessions-text = Agendas with time-boxes; what you didn't cover and open actions come along to the next session.
home-feature-private = Private by default
home-feature-private-text = Private notes never leave this computer; you decide what to share with your partner.
home-encryption-offer-not-saved = Your answer was not saved: { $problem }
home-encryption-offer-title = Lock this journal with a passphrase?
home-encryption-offer-text = Encrypted, your journal and its backups can only be read with your passphrase (or the recovery key you keep): a lost laptop or a copied backup shows nothing. You can do it later in Settings → Encryption.
home-encryption-offer-encrypt = Encrypt with a passphrase…
home-encryption-offer-not-now = Not now
home-growth-chart-failed = The chart could not be drawn here; the table below has every rating.
home-growth-title = Skill growth
home-growth-scope = Skills from
home-growth-scope-current = Current partnerships
home-growth-scope-all = All partnerships
home-growth-whose = Whose ratings
home-growth-mine = My ratings
home-growth-partner = Partner's ratings
home-growth-empty-title = No skill ratings yet
home-growth-empty = Add the skills you are learning and teaching on a partnership's Skills tab, and rate where you start from 1 to 5. Rate them again every few sessions and your growth shows up here.
# { $name } is the partner's first name.
home-growth-add-skills = Add skills with { $name }
# { $rater } is "me" for my own ratings, "partner" for my partners' ratings.
home-growth-none = { $rater ->
    [me] No ratings of mine for these skills yet. Rate them on the partnership's Skills tab.
   *[partner] No ratings from a partner for these skills yet. Rate them on the partnership's Skills tab.
}
home-growth-hint = { $rater ->
    [me] Levels from 1 to 5, my own ratings. Point at a dot to read the day's ratings.
   *[partner] Levels from 1 to 5, my partners' ratings. Point at a dot to read the day's ratings.
}
home-growth-chart-label = { $rater ->
    [me] { $count ->
        [one] Skill levels over time, my own ratings: { $count } skill. The legend and the table below list first and latest ratings.
       *[other] Skill levels over time, my own ratings: { $count } skills. The legend and the table below list first and latest ratings.
    }
   *[partner] { $count ->
        [one] Skill levels over time, my partners' ratings: { $count } skill. The legend and the table below list first and latest ratings.
       *[other] Skill levels over time, my partners' ratings: { $count } skills. The legend and the table below list first and latest ratings.
    }
}
home-growth-show-line = Show on the chart
home-growth-hide-line = Hide from the chart
home-growth-omitted = The chart shows the { $max } most recently rated skills; { $count } more are in the table.
home-growth-omitted-pick = The chart shows the { $max } most recently rated skills; { $count } more are in the table (or pick one partnership above).
home-growth-unrated = { $rater ->
    [me] { $count ->
        [one] { $count } skill has no rating of mine yet.
       *[other] { $count } skills have no rating of mine yet.
    }
   *[partner] { $count ->
        [one] { $count } skill has no partner rating yet.
       *[other] { $count } skills have no partner rating yet.
    }
}
home-growth-table = Ratings as a table
home-growth-table-caption = { $rater ->
    [me] First and latest rating of each skill, my own ratings
   *[partner] First and latest rating of each skill, my partners' ratings
}
home-growth-column-skill = Skill
home-growth-column-direction = Direction
home-growth-column-partnership = Partnership
home-growth-column-first = First rating
home-growth-column-latest = Latest rating
home-growth-column-change = Change
# { $level } is the rating from 1 to 5; the rest is shown muted.
home-growth-rating-on = { $level } on { $date }
home-growth-not-rated = Not rated yet
home-growth-on-my-own = On my own
home-greeting-morning = Good morning, { $name }
home-greeting-afternoon = Good afternoon, { $name }
home-greeting-evening = Good evening, { $name }
home-title = Your Twoway journal
home-overview-active = { $count ->
    [one] { $count } active partnership
   *[other] { $count } active partnerships
}
home-overview-paused = { $count } paused
home-overview-overdue = { $count ->
    [one] { $count } overdue action
   *[other] { $count } overdue actions
}
home-demo-title = You are looking at sample data.
home-demo-text = It lives in its own file; your journal is untouched.
home-demo-back = Back to my journal
home-load-failed = The dashboard could not be loaded: { $problem }
home-loading = Loading your partnerships…
home-new-partnership = New partnership
home-partnerships = Partnerships
home-completed = Completed
settings-load-failed = The settings could not be read: { $problem }
settings-templates = Agenda templates
# { $names } is the list of built-in templates' names.
settings-templates-built-in = Built in: { $names }.
settings-templates-intro = Keep your own with “Save as template…” on a session's agenda, or start one here. Yours are private unless you share them: only a template marked shared goes in a pack for your partner.
settings-templates-load-failed = Your templates could not be read: { $problem }
settings-templates-size = { $items ->
    [one] { $items } item
   *[other] { $items } items
} · { $minutes } min
settings-templates-delete = Delete the template { $name }
settings-templates-new = New template…
settings-trash = Trash
settings-trash-keep-for = Keep deleted items for
settings-trash-days-unit = days
settings-trash-days-invalid = Enter a whole number of days from { $min } to { $max }.
# { $trash } is settings-trash-hint-link, a link to the trash.
settings-trash-hint = After that, Twoway deletes them forever, with what belongs to them, the first time it opens the journal on a new day, right after that day's backup. You can also delete things forever from the { $trash } yourself.
settings-trash-hint-link = trash
backup-reason-daily = Daily
backup-reason-before-import = Before an import
backup-reason-before-restore = Before a restore
# { $folder } is the folder's name, "backups", shown as code.
backup-intro = Twoway backs up this journal by itself: the first time it opens it each day, and before every import or restore. It keeps one a day for a week, one a week for a month and one a month for a year, in the folder { $folder } beside the journal file.
backup-unreadable = cannot be read
backup-not-saved-title = Not saved
backup-not-saved = Your last changes could not be saved: { $problems } Restore the backup anyway and lose them?
backup-restore-without-saving = Restore without saving
backup-restore-title = Restore this backup?
# { $records } is the number of records, or backup-unreadable.
backup-restore-message = The journal goes back to the backup of { $made } ({ $records }).
backup-restore-first = First, Twoway backs up the journal as it is now. That backup appears in this list, so you can come back to it.
backup-restore-then = Then the journal is replaced by the backup: what was written after { $made } is only in the new backup.
backup-restore-reopen = The window then opens again on the restored journal.
backup-restore-confirm = Restore backup
backup-restored = Restored the backup of { $made }. The journal as it was is kept as a backup too.
backup-restore-failed = The backup was not restored, and the journal is as it was: { $problem }
backup-list-failed = The backups could not be listed: { $problem }
backup-looking = Looking for backups…
backup-empty-title = No backups yet
backup-empty-read-only = This journal is read-only, so Twoway cannot back it up. Backups start once the journal is in a folder Twoway can write to.
backup-empty = The first one is made the next time Twoway opens this journal (when it next starts, or when you open this journal again), and then one each day you use it.
backup-table-caption = Backups of this journal, newest first
backup-column-made = Made
backup-column-why = Why
backup-column-records = Records
backup-column-size = Size
backup-unreadable-tooltip = This backup cannot be read, so it cannot be restored.
backup-restore-label = Restore the backup of { $made }
backup-restoring = Restoring…
backup-restore = Restore…
settings-encryption-on = Encrypted
settings-encryption-off = Not encrypted
settings-encryption-on-text = The journal file and its backups are encrypted. Twoway asks for the passphrase, or the recovery key, each time it opens this journal.
settings-encryption-off-text = The journal file and its backups are plain files: anyone who gets hold of one can read it. Encrypt it to keep it safe on a lost laptop or in a copied backup.
settings-encryption-read-only = This journal is read-only, so its encryption cannot be changed.
settings-encryption-change = Change passphrase…
settings-encryption-turn-off = Turn encryption off…
settings-encryption-encrypt = Encrypt this journal…
settings-journal-copied = Copied.
settings-journal-copy-not-allowed = Copying is not allowed here. The path is selected: press Ctrl+C to copy it.
settings-journal-open-failed = That file was not opened.
settings-journal-opened = Opened { $file }.
settings-journal-start-failed = The new journal could not be started.
settings-journal-started = Started a new journal: { $file }.
settings-journal-default-failed = Your journal could not be opened.
settings-journal-default-opened = Back in your own journal.
settings-journal-sample-failed = The sample journal could not be opened.
settings-journal-sample-opened = Opened the sample journal. Your own journal is untouched.
settings-journal-sample-title = You are looking at the sample journal.
settings-journal-sample-text = It tells a made-up story so you can try things out; change anything you like. Your own journal is untouched.
settings-journal-where-sample = The sample journal is kept in its own file:
settings-journal-where-default = Your journal is one file, in the usual place on this computer:
settings-journal-where-chosen = This journal is a file you chose, outside the usual place:
settings-journal-copy-path = Copy path
settings-journal-move-hint = Twoway backs it up by itself (see Backups below). To move the journal to another computer, copy its newest backup there, or the file itself while Twoway is closed, and open it with “Open another journal…”.
settings-journal-left-untouched = Twoway left that file untouched, and this journal is still open.
settings-journal-open-usual = Open my usual journal
settings-journal-open-another = Open another journal…
settings-journal-start-new = Start a new journal…
settings-journal-open-sample = Open the sample journal
settings-journal-sample-hint = The sample journal is a separate file with a made-up mentoring story to explore. Opening it never touches this journal.
settings-reminders = Reminders
settings-reminders-load-failed = The reminder settings could not be read: { $problem }
settings-reminders-intro = Twoway reminds you through your system's notifications. They can show on a locked screen, so they never quote anything private: a private agenda item or action is only counted.
settings-reminders-sessions = Before a session
settings-reminders-sessions-hint = with its shared agenda
# Before the number field; settings-reminders-lead-unit follows it.
settings-reminders-lead = Remind me
settings-reminders-lead-unit = minutes before it starts
settings-reminders-lead-invalid = Enter a whole number of minutes from { $min } to { $max }.
settings-reminders-digest = A digest of the day
settings-reminders-digest-hint = actions due and overdue, sessions to plan, agreements to revisit
settings-reminders-digest-not-before = Not before
settings-reminders-digest-not-before-label = Digest not before
settings-reminders-digest-at = It comes at that time, or when Twoway first runs after it.
settings-reminders-digest-any-time = It comes when Twoway first runs that day, from 7:00 on.
settings-reminders-quiet = Quiet hours
settings-reminders-quiet-hint = a session reminder due then is skipped; the digest waits
# Before the first time field, and between the two: "From 22:00 until 07:00".
settings-reminders-quiet-from = From
settings-reminders-quiet-until = until
settings-background = Without the window
settings-background-keep-running = Keep running in the background after the window closes
settings-background-keep-running-hint = so reminders still come. Open the window again from Twoway's icon in the system tray, or by starting Twoway again.
settings-background-start-at-login = Start Twoway when I log in
settings-background-start-at-login-hint = in the background when it keeps running, otherwise with its window
sync-device-short = device { $id }
sync-changes = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
# { $devices } lists the devices' names: "Desktop and Tablet".
sync-changes-from = { $count ->
    [one] { $count } change from { $devices }
   *[other] { $count } changes from { $devices }
}
sync-folder-missing = At { $when } the sync folder was not there (a drive not connected, a share offline?). Your edits go out once it is back.
sync-sent = { $count ->
    [0] nothing new to send
    [one] sent { $count } change
   *[other] sent { $count } changes
}
# { $changes } is sync-changes or sync-changes-from.
sync-received = { $changes } came in
sync-received-nothing = nothing new came in
# { $sent } is sync-sent; { $received } is sync-received or sync-received-nothing.
sync-last = Last synced { $when }: { $sent }; { $received }.
sync-kept = { $count ->
    [one] { $count } earlier version from other devices kept in version history.
   *[other] { $count } earlier versions from other devices kept in version history.
}
sync-waiting = { $count ->
    [one] { $count } file waits for earlier ones still on their way.
   *[other] { $count } files wait for earlier ones still on their way.
}
sync-on = Sync is on. Your other devices see this journal once they sync through the same folder.
sync-off = Sync is off. The sync folder is left as it is.
sync-title = Sync with your other computers
sync-load-failed = How sync stands could not be read: { $problem }
# { $folder } is the sync folder's path, shown as code; { $name } is this computer's name.
sync-through = Syncing through { $folder } as “{ $name }”.
sync-not-yet = Not synced yet.
sync-problems = Files that could not be applied
# { $file } is a file's name, shown as code; { $problem } says what went wrong.
sync-problem = { $file } from { $device }: { $problem }
sync-now = Sync now
sync-move = Move to another folder…
sync-turn-off = Turn sync off
sync-intro = Keep this journal in step with Twoway on your other computers through a folder you already keep in sync (Syncthing, Nextcloud, Dropbox, a network share or a USB stick). Twoway writes its changes there as small files and reads the other computers’ ones; the journal itself never goes in that folder.
sync-device-name = This computer’s name
sync-device-name-hint = Your other computers say where a change came from with it.
sync-choose = Choose a sync folder…
sync-sealed = This journal is encrypted, so its change files are sealed with its key. Another computer joins the folder with this journal’s passphrase or recovery key.
sync-plain-on = This journal is not encrypted, so its change files are plain: anyone who can read the sync folder can read your journal. To seal them, turn sync off, turn encryption on above, then choose a new, empty folder.
sync-plain = This journal is not encrypted, so its change files are plain: anyone who can read the sync folder can read your journal. Turn encryption on above before syncing to seal them.
sync-passphrase = Passphrase or recovery key of the journal syncing there
sync-join = Join the folder
settings-report-title = Report to your programme
settings-report-intro = Numbers only: sessions held against your rhythm, months active, goals, skill growth, feedback and whether you wrote an agreement. No titles, notes or skill names leave, and your partner is a code unless you name them. Private records are counted; what they say is not.
settings-report-i-am = I am
settings-report-junior-mentor = The junior mentor
settings-report-senior-leader = The senior leader
settings-report-unsaid = I’d rather not say
settings-report-name-partner = Name my partner
settings-report-categories = Count my skill categories as
settings-report-not-counted = Not counted by category
settings-report-preview = What the report holds
settings-report-counting = Counting…
settings-report-empty = No partnership yet: the report would be empty. Add a partnership first.
settings-report-pair-with = your partnership with { $name }
settings-report-sessions-label = Sessions
settings-report-sessions = { $held ->
    [one] { $held } session held of { $expected } the rhythm asked for, { $hours } hours
   *[other] { $held } sessions held of { $expected } the rhythm asked for, { $hours } hours
}
settings-report-sessions-no-rhythm = { $held ->
    [one] { $held } session held, no rhythm agreed, { $hours } hours
   *[other] { $held } sessions held, no rhythm agreed, { $hours } hours
}
settings-report-months-label = Months active
settings-report-goals-learn-label = Goals I learn toward
settings-report-goals-teach-label = Goals I teach toward
settings-report-goals-none = none set
settings-report-goals = { $achieved } of { $set } achieved
settings-report-skills-learn-label = Skills I learn
settings-report-skills-teach-label = Skills I teach
settings-report-none = none
# { $self } and { $partner } are settings-report-growth or settings-report-not-rated-twice.
settings-report-skills = { $count ->
    [one] { $count } skill; growth { $self } self-rated, { $partner } by the partner
   *[other] { $count } skills; growth { $self } self-rated, { $partner } by the partner
}
# { $change } is the signed change ("+1.5"), { $count } its size.
settings-report-growth = { $count ->
    [one] { $change } level
   *[other] { $change } levels
}
settings-report-not-rated-twice = not rated twice yet
settings-report-categories-label = By category
settings-report-feedback-given-label = Feedback given
settings-report-feedback-received-label = Feedback received
settings-report-feedback = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
settings-report-feedback-rated = { $count ->
    [one] { $count } entry, rated { $rating } of 5 on average
   *[other] { $count } entries, rated { $rating } of 5 on average
}
settings-report-agreement-label = Agreement
settings-report-agreement-written = written down
settings-report-agreement-none = none written yet
settings-report-show-file = Show the file
settings-report-file = The report file
settings-report-saving = Saving…
settings-report-save = Save…
settings-report-saved = Saved the programme report to { $path }
settings-passphrase-too-short = At least { $min } characters, please ({ $length } so far).
settings-passphrase-differ = The two passphrases differ.
settings-passphrase-wrong = That is not the journal’s passphrase.
settings-recovery-key-wrong = That recovery key does not open this journal.
settings-passphrase-new = New passphrase
settings-passphrase-hint = At least { $min } characters. A few unrelated words are easier to remember than a jumble.
settings-passphrase-again = The same passphrase again
settings-secret-current = Current passphrase
settings-secret-passphrase = Passphrase
settings-secret-recovery-key = Recovery key
settings-secret-use-recovery-key = Use the recovery key instead
settings-secret-use-passphrase = Use the passphrase instead
settings-lock = Lock the journal
settings-lock-never = Never
settings-lock-after-minutes = { $minutes ->
    [one] After { $minutes } minute without use
   *[other] After { $minutes } minutes without use
}
settings-lock-after-an-hour = After an hour without use
settings-lock-load-failed = The setting could not be read: { $problem }
settings-lock-not-saved = Not saved: { $problem }
settings-lock-now = Lock now
settings-lock-saved = Saved
settings-lock-hint = Locked, the journal asks for its passphrase again; what you typed is saved first.
settings-change-title = Change the passphrase
settings-change-type-current = Type the current passphrase.
settings-change-type-recovery-key = Type the recovery key.
settings-change-note = The recovery key you saved keeps working.
settings-change-failed = The passphrase was not changed: { $problem }
settings-change-changing = Changing…
settings-change-confirm = Change passphrase
settings-change-done = The passphrase is changed. The recovery key is the same as before.
settings-decrypt-title = Turn encryption off
# { $backups } is settings-decrypt-warning-backups, in bold.
settings-decrypt-warning = The journal { $backups } become plain files again: anyone who gets hold of one of them can read it. The passphrase and the recovery key stop meaning anything.
settings-decrypt-warning-backups = and its backups
settings-decrypt-type-passphrase = Type the passphrase to confirm.
settings-decrypt-type-recovery-key = Type the recovery key to confirm.
settings-decrypt-failed = Encryption is still on: { $problem }
settings-decrypt-turning-off = Turning it off…
settings-decrypt-confirm = Turn encryption off
settings-decrypt-done = { $backups ->
    [0] Encryption is off: the journal is a plain file again.
    [one] Encryption is off: the journal and its backup are plain files again.
   *[other] Encryption is off: the journal and its { $backups } backups are plain files again.
}
settings-encrypt-title = Encrypt this journal
settings-encrypt-choose-title = Choose a passphrase
settings-encrypt-recovery-title = Your recovery key
settings-encrypt-explain = Encryption turns the journal file and its backups into data that only its passphrase, or its recovery key, can open.
settings-encrypt-protects = It protects
settings-encrypt-protects-laptop = the journal on a lost or stolen laptop;
settings-encrypt-protects-copy = a backup or a copy of the file that ends up somewhere else.
settings-encrypt-not-protects = It does not protect
settings-encrypt-not-protects-open = the journal while Twoway is open and unlocked on this computer;
settings-encrypt-not-protects-exports = the exports you make: they are plain files you hand on.
settings-encrypt-lose-both = Lose both the passphrase and the recovery key, and the journal is lost for good.
settings-encrypt-lose-both-nobody = Nobody can open it then, not even Twoway.
settings-encrypt-type-each-time = You will type it each time Twoway opens this journal.
settings-encrypt-failed = The journal was not encrypted, and is as it was: { $problem }
settings-encrypt-encrypting-all = Encrypting the journal and its backups…
settings-encrypt-key-opens = This key opens the journal if you forget the passphrase.
# { $now } is settings-encrypt-shown-only-now, in bold.
settings-encrypt-shown-once = { $now }: print it or keep it in a password manager, away from this computer.
settings-encrypt-shown-only-now = It is shown only now
settings-encrypt-print-title = Twoway recovery key for { $path }
settings-encrypt-print = Print…
settings-encrypt-copy = Copy
settings-encrypt-copied = Copied. Paste it into your password manager, then clear the clipboard.
settings-encrypt-copy-not-allowed = Copying is not allowed here. The key is selected: press Ctrl+C to copy it.
settings-encrypt-saved-key = I have saved the recovery key
settings-encrypt-tick-once-saved = Tick this once the key is saved: it cannot be shown again.
settings-encrypt-continue = Continue
settings-encrypt-encrypting = Encrypting…
settings-encrypt-confirm = Encrypt
settings-encrypt-done = { $backups ->
    [0] This journal is encrypted.
    [one] This journal is encrypted, and its backup too.
   *[other] This journal is encrypted, and its { $backups } backups too.
}
refused-title = This journal cannot be opened
refused-text = Twoway has not changed the file. You can open another journal, or start a new one elsewhere.
unlock-kicker = Encrypted journal
unlock-title = Unlock { $file }
unlock-encrypted-on-disk = This journal is encrypted on disk.
unlock-hint-passphrase = Type its passphrase to open it.
unlock-hint-recovery-key = Type the recovery key you saved when you turned encryption on (spaces, dashes and case do not matter).
unlock-type-passphrase = Type the journal’s passphrase.
unlock-type-recovery-key = Type the recovery key.
unlock-wrong-passphrase = That passphrase does not open this journal. Check it and try again.
unlock-wrong-recovery-key = That recovery key does not open this journal. Check it and try again.
unlock-unlocking = Unlocking…
unlock-confirm = Unlock
unlock-not-this-journal = Not this journal?
settings-title = Settings
settings-profile = Your profile
settings-profile-text = Used to greet you and to sign what you export.
settings-profile-load-failed = Your profile could not be read: { $problem }
settings-profile-name = My name
settings-profile-name-example = e.g. Morgan Ellis
settings-profile-role = My role
settings-profile-role-example = e.g. Chief Financial Officer
settings-journal = Where your journal lives
backup-title = Backups
settings-encryption = Encryption
settings-share = Export and import
settings-share-text = Export the whole journal as Markdown, a printable page, a calendar file, or a pack that another Twoway journal imports. You see what leaves this computer before it is saved.
settings-share-export = Export the journal…
settings-share-import = Import a pack…
settings-programme = Your mentoring programme
settings-programme-text = Programmes ask each pair how it is going. Write a report of numbers only (sessions against your rhythm, goals, skill growth, feedback) with no names, titles or notes. You see every figure before it is saved.
settings-programme-write = Write a programme report…
settings-appearance = Appearance
settings-appearance-text = Twoway follows your system’s light or dark setting. Change it there and the window follows.
settings-keys = Keyboard shortcuts
settings-keys-save-dialog = Save and close a dialog
settings-keys-move-agenda-item = Move an agenda item up or down
settings-keys-search-results = Move through search results; Enter opens one
settings-privacy = Privacy
settings-privacy-local = Everything you write stays in the journal file above, on this computer.
settings-privacy-nothing-sent = Twoway sends nothing anywhere: no account, no cloud, no tracking. With sync on, it writes its changes to the folder you chose, and your own sync tool carries them.
# { $private } is the "private" chip.
settings-privacy-private = Notes marked { $private } are left out of anything you export for your partner.
settings-privacy-export-yourself = They are exported only when you choose to export for yourself.

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
