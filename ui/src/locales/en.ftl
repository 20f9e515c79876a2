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

session-owner-me = Me
session-not-saved = Not saved: { $error }
session-delete-label = Delete: { $label }
session-delete-undoable = Delete (you can undo)
action-due = Due { $date }
action-overdue = { $days ->
    [one] Overdue by { $days } day (was due { $date })
   *[other] Overdue by { $days } days (was due { $date })
}
action-due-today = Due today
action-due-relative = Due { $date } ({ $relative })
action-update-failed = Could not update the action: { $error }
action-label-fallback = this action
action-done-label = Done: { $label }
action-text-label = Action
action-owner-label = Who does “{ $label }”
action-due-label = Due date for “{ $label }”
action-done-on = ✓ Done { $date }
agenda-item-fallback = item { $number }
agenda-covered-title = Covered in the session
agenda-covered-label = Covered: { $label }
agenda-carried-title = Not covered last time
agenda-carried = Carried over
agenda-carried-why = not covered last time
agenda-item-label = Agenda item { $number }
agenda-minutes-label = Minutes for “{ $label }”
agenda-minutes-unit = min
agenda-owner-label = Who leads “{ $label }”
agenda-led-by-me = Led by me
agenda-led-by-partner = Led by { $partner }
agenda-goal-label = Goal for “{ $label }”
agenda-no-goal = No goal
agenda-goal-learn = Learn: { $goal }
agenda-goal-teach = Teach: { $goal }
agenda-move-up-label = Move up: { $label }
agenda-move-up-title = Move up (Alt+↑)
agenda-move-down-label = Move down: { $label }
agenda-move-down-title = Move down (Alt+↓)
agenda-minutes = { $minutes } min
agenda-template-title = Apply a template
agenda-template-load-failed = The templates could not be read: { $error }
agenda-template-loading = Reading the templates…
agenda-template-legend = Template
agenda-template-built-in = Built in
agenda-template-own = Yours
agenda-template-summary = { $count ->
    [one] { $count } item · { $minutes } min
   *[other] { $count } items · { $minutes } min
}
agenda-template-none = None yet. “Save as template…” on an agenda keeps it for next time; Settings lists the ones you keep.
agenda-template-adds-to-empty = Adds to the empty agenda
agenda-template-adds-after = { $count ->
    [one] Adds after the { $count } item already on the agenda
   *[other] Adds after the { $count } items already on the agenda
}
agenda-template-total = { $added } min from the template: the agenda then takes { $after } of { $duration } min.
agenda-template-total-over = { $added } min from the template: the agenda then takes { $after } min, { $over } over the session's { $duration }.
agenda-template-add = { $count ->
    [one] Add { $count } item
   *[other] Add { $count } items
}
agenda-template-added = { $count ->
    [one] Added { $count } item from “{ $name }”.
   *[other] Added { $count } items from “{ $name }”.
}
agenda-template-undo-failed = Could not take the items back: { $error }
action-heading = Actions
action-earlier-heading = Open actions — from earlier sessions
action-earlier-empty = Nothing left open from earlier sessions.
action-no-due-date = No due date
action-agreed-heading = Agreed in this session
action-agreed-empty = None yet. Add each action below as you agree it.
action-new-label = New action
action-new-placeholder = Who does what by when?
action-new-owner = Who
action-new-due = Due
action-add = Add action
agenda-heading = Agenda
agenda-save-as-template = Save as template…
agenda-apply-template = Apply template…
agenda-read-failed = Could not read the agenda: { $error }
agenda-total = { $total } of { $duration } min
agenda-over = { $over } min over the session's length — shorten an item or leave one for next time.
agenda-free = { $minutes } min free
agenda-fits = Fits exactly
agenda-covered-count = { $covered } of { $count } covered
agenda-untimed = { $count ->
    [one] { $count } item has no time-box and is not counted.
   *[other] { $count } items have no time-box and are not counted.
}
agenda-empty = No agenda yet. Add the first thing to talk about below — what does { $partner } want to get out of this session?
agenda-empty-template = Or start from a template with “Apply template…” above.
agenda-tip = Tick items as you cover them. Alt+↑ / Alt+↓ moves the item you are in.
agenda-moved = Moved “{ $item }” to place { $place } of { $count }.
agenda-move-failed = Could not move the item: { $error }
agenda-new-label = Add an agenda item
agenda-new-placeholder = Type a topic and press Enter
agenda-new-minutes = Minutes
agenda-new-owner = Led by
agenda-added = Added “{ $item }”.
agenda-not-added = Not added: { $error }
session-only-me = Only me
session-only-me-private = Only me (private)
session-shared = Shared
session-shared-with = Shared with { $partner }
session-who-may-see = Who may see it
session-feedback-heading = Feedback on this session
session-feedback-add = Add feedback
session-feedback-empty = None yet. How did it go? Note feedback you give { $partner }, and what { $partner } tells you.
session-feedback-given = Given by me
session-feedback-received = Received from { $partner }
session-feedback-rated = Rated { $rating } of 5
session-feedback-no-rating = No rating
session-feedback-delete-label = Delete feedback from { $date }
session-feedback-went-well = Went well
session-feedback-to-improve = To improve
session-feedback-direction = Which way
session-feedback-rating = Rating (optional)
session-feedback-rating-none = None
session-feedback-stars = { $rating } of 5
session-feedback-date = Date
session-feedback-save = Save feedback
session-feedback-given-saved = Feedback given, saved.
session-feedback-received-saved = Feedback received, saved.
session-learnings-heading = Learnings from this session
session-learnings-empty = Nothing captured yet. What did you learn or try out because of this session?
session-learning-from = from { $partner }
session-learning-delete-label = Delete learning from { $date }
session-learning-new-label = Add a learning from this session
session-learning-placeholder = Questions get more replies than statements…
session-learning-keys = Ctrl+Enter
session-learning-add = Add learning
session-notes-shared-label = Shared notes — may be exported for { $partner }
session-notes-private-label = 🔒 Private notes — never leave this laptop unless you export for yourself
session-notes-shared-placeholder = What you covered, what you agreed, links you want to keep…
session-notes-private-placeholder = How it went for you, what you felt, what to work on…
session-notes-show-preview-shared = Show preview of the shared notes
session-notes-hide-preview-shared = Hide preview of the shared notes
session-notes-show-preview-private = Show preview of the private notes
session-notes-hide-preview-private = Hide preview of the private notes
session-notes-preview = Preview
session-notes-hide-preview = Hide preview
session-notes-markdown-hint = Markdown works: **bold**, - lists, ## headings.
session-gone-title = This session is not here any more
session-gone-text = It may have been moved to the trash. You can bring it back from there.
session-open-trash = Open the trash
session-open-failed-title = The session could not be opened
session-opening = Opening the session…
session-nav-label = Sessions
session-back = Sessions with { $partner }
session-previous = ‹ Previous
session-previous-label = Previous session: { $title }
session-next = Next ›
session-next-label = Next session: { $title }
session-export = Export…
session-delete = Delete session
session-heading = Session: { $title }
session-title-label = Session title
session-title-placeholder = What is this session about?
session-status-planned = Planned
session-status-held = Held
session-status-cancelled = Cancelled
session-held-prompt = The time for this session has passed. Did it take place?
session-mark-held = Mark as held
session-mark-cancelled = It was cancelled
session-marked-held = Marked as held. Capture the notes while they are fresh.
session-starts-label = Date and time
session-when-missing = Pick a date and a time.
session-duration-label = Length (minutes)
session-place-label = Where
session-place-placeholder = Video call, café on the 3rd floor…
session-status-label = Status
session-notes-heading = Notes
session-history-shared-notes = shared notes
session-history-private-notes = private notes
session-untitled = Untitled session
learning-add-title = What did I learn?
learning-add-keys = Ctrl+Enter adds it · Ctrl+L captures from anywhere
learning-text-label = What I learned or applied
learning-text-placeholder = Asking for a table first gets a better first draft…
learning-text-missing = Write what you learned first: a sentence is enough.
learning-add = Add to log
learning-date = Date
learning-partnership = Partnership
learning-partnership-none = None
learning-set-by-session = Set by its session
learning-skill = Skill
learning-no-skills = No skills yet
learning-skill-none = None
learning-skill-of-partner = { $skill } ({ $partner })
learning-your-partner = your partner
learning-history-name = learning
learning-from-partner = from { $partner }
learning-with-partner = with { $partner }
learning-from-my-partner = from my partner
learning-skill-title = Skill: { $skill }
learning-open-session = Open the session
learning-edit-label = Edit the learning of { $date }
learning-delete-label = Delete the learning of { $date }
learning-heading = Learning log
learning-intro = What you learned or applied, newest first.
learning-intro-capture = Press { $keys } anywhere in Twoway to write one down the moment it happens.
learning-load-failed = Could not load the learning log: { $error }
learning-loading = Loading the learning log…
learning-empty-title = Your learning log is empty
learning-empty-why = This is where the small wins of reverse mentoring add up: a shortcut your mentor showed you, a post that worked, an idea you tried at work.
learning-empty-start = Write the first one above, or press { $keys } right after a session.
learning-empty-skill = Tie it to a skill and it becomes evidence of how far you have come.
learning-filter-label = Filter the log
learning-all-partnerships = All partnerships
learning-no-partnership = Not tied to a partnership
learning-visibility = Visibility
learning-visibility-all = All
learning-filter-words = Words
learning-filter-placeholder = Filter the log…
learning-count-filtered = { $count ->
    [one] Showing { $shown } of { $count } learning.
   *[other] Showing { $shown } of { $count } learnings.
}
learning-show-all = Show all
learning-count = { $count ->
    [one] { $count } learning.
   *[other] { $count } learnings.
}
learning-no-match = Nothing in the log matches these filters.
search-kind-partnership = Partnership
search-kind-goal = Goal
search-kind-goal-check-in = Check-in
search-kind-session = Session
search-kind-agenda-item = Agenda item
search-kind-action-item = Action item
search-kind-skill = Skill
search-kind-skill-rating = Rating
search-kind-learning = Learning
search-kind-feedback = Feedback
search-kind-agreement-version = Agreement version
search-kind-record-of-learning = Record of learning
search-kind-agenda-template = Agenda template
search-heading = Search
search-results-for = Search results for { $query }
search-filter-label = In
search-all-partnerships = All partnerships
search-nothing = Nothing matches “{ $query }”.
search-nothing-in = Nothing matches “{ $query }” in the partnership with { $partner }.
search-first = The first { $limit } results: add a word to narrow them down.
search-first-in = The first { $limit } results in the partnership with { $partner }: add a word to narrow them down.
search-results = { $count ->
    [one] { $count } result.
   *[other] { $count } results.
}
search-results-in = { $count ->
    [one] { $count } result in the partnership with { $partner }.
   *[other] { $count } results in the partnership with { $partner }.
}
search-failed = Search did not work: { $error }
search-intro-title = Search notes, agendas, goals, skills, feedback…
search-intro-where = Type in the search box at the top of the sidebar.
search-intro-scope = Everything in this journal is searched.
search-tip-prefix-lead = Words match as you type:
search-tip-prefix = { $example } finds “LinkedIn” and “links”.
search-tip-prefix-example = link
search-tip-phrase-lead = Quote an exact phrase:
search-tip-phrase = { $example } finds those words side by side.
search-tip-phrase-example = "capital allocation"
search-tip-words-lead = More words narrow it down:
search-tip-words = { $example } finds notes that have both.
search-tip-words-example = post weekly
search-tip-keys-lead = Keyboard:
search-tip-keys = { $down } moves into the results, { $enter } opens one.
search-key-enter = Enter
search-none-hint = Try fewer or shorter words: a word also finds longer words that start with it, so { $example } finds “finance” and “financial”.
search-none-example = financ
search-everywhere = Search all partnerships
search-results-label = Results
search-context-goal = Goal
search-context-skill = Skill
search-context-session = Session
search-hit-context = { $context }: { $label }
trash-kind-partnership = partnership
trash-kind-goal = goal
trash-kind-goal-check-in = check-in
trash-kind-session = session
trash-kind-agenda-item = agenda item
trash-kind-action-item = action item
trash-kind-skill = skill
trash-kind-skill-rating = rating
trash-kind-learning = learning
trash-kind-feedback = feedback
trash-kind-agreement-version = agreement version
trash-kind-record-of-learning = record of learning
trash-kind-agenda-template = agenda template
trash-heading = Trash
trash-empty-button = Empty trash…
trash-emptying = Emptying…
trash-load-failed = The trash could not be read: { $error }
trash-empty-state-title = The trash is empty
trash-empty-state-text = Deleted items wait here so you can bring them back.
trash-intro = { $count ->
    [one] { $count } deleted item, newest first.
   *[other] { $count } deleted items, newest first.
}
trash-intro-restore = Restoring puts an item back where it was.
trash-intro-keep = { $days ->
    [one] Items are deleted forever once they have been here a day; { $settings }.
   *[other] Items are deleted forever once they have been here { $days } days; { $settings }.
}
trash-intro-settings-link = change that in Settings
trash-deleted-when = Deleted { $when } { $time }
trash-without-note = { $kind } without a note
trash-untitled = Untitled { $kind }
trash-restore-label = Restore { $kind } { $label }
trash-restoring = Restoring…
trash-restored = { $kind } restored.
trash-restore-failed = Could not restore this { $kind }: { $error }
trash-restore-blocked-named = This { $kind } belongs to the { $parentKind } “{ $parent }”, which is in the trash too. Restore the { $parentKind } first, then this { $kind }.
trash-restore-blocked = This { $kind } belongs to the { $parentKind }, which is in the trash too. Restore the { $parentKind } first, then this { $kind }.
trash-delete-forever-label = Delete forever: { $kind } { $label }
trash-delete-forever-button = Delete forever…
trash-delete-title = Delete this { $kind } forever?
trash-delete-message-with-others = “{ $label }” goes for good with everything that belongs to it, and their version history:
trash-delete-message = “{ $label }” goes for good, with its version history:
trash-cannot-undo = This cannot be undone.
trash-delete-forever = Delete forever
trash-deleted-forever = Deleted forever: { $records }.
trash-delete-failed = Could not delete this { $kind } forever: { $error }
trash-empty-title = Empty the trash?
trash-empty-message = Everything in the trash goes for good, with what belongs to it and its version history:
trash-empty = Empty trash
trash-emptied = Trash emptied: { $records } deleted forever.
trash-empty-failed = The trash was not emptied: { $error }

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
