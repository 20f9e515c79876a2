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

## The language choice (Settings)

settings-language-heading = Language
settings-language-label = Language of Twoway
settings-language-system = Same as the system ({ $language })
settings-language-hint = The window, its menus, reminders and what you export use this language. Your journal's own words stay as you wrote them.
settings-language-failed = The language could not be changed: { $problem }

## Menus, tray and reminders (written by the shell)

key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt

menu-file = &File
menu-edit = &Edit
menu-view = &View
menu-help = &Help
menu-new-session = New &session…
menu-new-partnership = New &partnership…
menu-capture-learning = &Capture a learning…
menu-import = &Import a pack…
menu-export = &Export…
menu-quit = &Quit
menu-find = &Find in the journal
menu-home = &Home
menu-learning-log = &Learning log
menu-search = &Search
menu-trash = &Trash
menu-settings = Se&ttings
menu-back = &Back
menu-forward = &Forward
menu-shortcuts = &Keyboard shortcuts
menu-undo = &Undo
menu-redo = &Redo
menu-cut = Cu&t
menu-copy = &Copy
menu-paste = &Paste
menu-select-all = Select &All
menu-about = &About Twoway
menu-about-comments = A private journal for reverse mentoring.
menu-tip-new-session = Plan a session in the partnership you are in
menu-tip-new-partnership = Start a new partnership
menu-tip-capture-learning = Capture a learning: “What did I learn?”
menu-tip-import = Import a pack
menu-tip-export = Export the journal, a partnership or a session
menu-tip-quit = Save and quit
menu-tip-search = Search the journal
menu-tip-home = Go home
menu-tip-learning-log = Open the learning log
menu-tip-trash = Open the trash
menu-tip-settings = Open settings
menu-tip-back = Go back
menu-tip-forward = Go forward
menu-tip-shortcuts = List the keyboard shortcuts
tray-open = Open Twoway
tray-quit = Quit Twoway
reminder-open = Open
reminder-digest-title = Today in Twoway
reminder-session-soon = Session with { $partner } in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
reminder-session-at = { $title } at { $time }
reminder-more-items = and { $count ->
    [one] { $count } more item
   *[other] { $count } more items
}
reminder-private-actions = { $count ->
    [one] { $count } private action
   *[other] { $count } private actions
}
reminder-actions-due-today = { $count ->
    [one] { $count } action
   *[other] { $count } actions
} due today with { $partner }: { $actions }
reminder-actions-overdue = { $count ->
    [one] { $count } action
   *[other] { $count } actions
} overdue with { $partner }: { $actions }
reminder-plan-session = Time to plan a session with { $partner } (due { $due })
reminder-revisit-agreement = Revisit your agreement with { $partner } (from { $from })
reminder-no-session-for = No session with { $partner } for { $days ->
    [one] { $days } day
   *[other] { $days } days
}

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
