# Isnad's interface in English. Every key here is in ../ar/isnad.ftl too (tests/i18n_ui.rs checks).

menu-file = File
menu-new-session = New session
menu-open-session = Open session…
menu-open-recent = Open recent
menu-no-recent = No sessions yet
menu-save-session = Save session
menu-save-session-as = Save session as…
menu-import-files = Import files…
menu-import-folder = Import folder…
menu-export-quotes = Export quotes
menu-clear-cache = Clear cache
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-undo-what = Undo { $what }
menu-redo = Redo
menu-redo-what = Redo { $what }
menu-view = View
menu-article-list = Article list
menu-search-and-notes = Search and notes
menu-help = Help
menu-keyboard = Keyboard

keys-ctrl-o = Ctrl+O
keys-does-open-a-session = Open a session
keys-ctrl-s = Ctrl+S
keys-does-save-the-session = Save the session
keys-ctrl-shift-s = Ctrl+Shift+S
keys-does-save-the-session-as-a-new = Save the session as a new file
keys-ctrl-i = Ctrl+I
keys-does-import-article-files = Import article files
keys-ctrl-z = Ctrl+Z
keys-does-undo = Undo
keys-ctrl-shift-z-or-ctrl-y = Ctrl+Shift+Z or Ctrl+Y
keys-does-redo = Redo
keys-ctrl-f = Ctrl+F
keys-does-search-the-articles = Search the articles
keys-f3-shift-f3 = F3 / Shift+F3
keys-does-next-previous-search-hit = Next / previous search hit
keys-ctrl-plus-ctrl-plus-plus = Ctrl+- / Ctrl++
keys-does-smaller-larger-reader-text = Smaller / larger reader text
keys-ctrl-1 = Ctrl+1
keys-does-show-or-hide-the-article-list = Show or hide the article list
keys-ctrl-2 = Ctrl+2
keys-does-show-or-hide-the-search-and = Show or hide the search and notes panel
keys-f1 = F1
keys-does-this-list-of-keys = This list of keys
keys-ctrl-q = Ctrl+Q
keys-does-quit = Quit
keys-up-down = Up / Down
keys-does-previous-next-article-in-the-list = Previous / next article in the list, or row of the quotes table
keys-enter = Enter
keys-does-open-the-selected-quotation-in-the = Open the selected quotation in the reader
keys-page-down-space = Page Down / Space
keys-does-next-page-of-the-article = Next page of the article
keys-page-up-shift-space = Page Up / Shift+Space
keys-does-previous-page-of-the-article = Previous page of the article
keys-esc = Esc
keys-does-close-a-dialog-or-leave-a = Close a dialog, or leave a text field
keys-tab-shift-tab = Tab / Shift+Tab
keys-does-next-previous-control = Next / previous control
keys-title = Keyboard

dialog-filter-session = Isnad session
dialog-open-session = Open session
dialog-save-session = Save session
dialog-import-articles = Import articles
dialog-filter-articles = Articles
dialog-filter-all-files = All files
dialog-import-folder = Import a folder of articles
dialog-export-quotes = Export quotes

format-csv = CSV (UTF-8)
format-xlsx = Excel workbook
format-markdown = Markdown table
format-json = JSON
format-html = Web page

menu-export-as = { $format }…

modal-note-title = Note
modal-note-hint = Write your note…
modal-note-field = Note text
modal-note-keys = Enter starts a new paragraph; Ctrl+Enter saves the note.
modal-cancel = Cancel
modal-save-note = Save note
modal-details-title = Article details
modal-details-field-title = Title
modal-details-field-outlet = Outlet
modal-details-field-date = Date (YYYY-MM-DD)
modal-details-field-author = Author
modal-save-details = Save details
modal-unsaved-title = Unsaved changes
modal-unsaved-body = This session has changes that are not saved. Save them first?
modal-save = Save
modal-dont-save = Don't save
modal-recover-title = Recover unsaved work?
modal-recover-untitled = an untitled session
modal-recover-body = Isnad did not close cleanly last time. Unsaved changes to { $session } were kept ({ $kept }).
modal-recover = Recover
modal-discard = Discard

message-recovered = Recovered the unsaved session

modal-outside-title = Read files outside the session's folder?
modal-outside-body = The session { $session } reads these files, which are outside its folder and were never opened on this computer. Read them only if you trust the session.
modal-read-them = Read them

message-did-not-open = Did not open { $session }

modal-close = Close

summary-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
summary-bookmarks =
    { $count ->
        [one] { $count } bookmark
       *[other] { $count } bookmarks
    }
summary-corrections =
    { $count ->
        [one] { $count } correction
       *[other] { $count } corrections
    }
summary-tags =
    { $count ->
        [one] { $count } tag
       *[other] { $count } tags
    }
summary-details-edited =
    { $count ->
        [one] { $count } article's details edited
       *[other] { $count } articles' details edited
    }
summary-kept-searches =
    { $count ->
        [one] { $count } kept search
       *[other] { $count } kept searches
    }
summary-imported-files =
    { $count ->
        [one] { $count } imported file
       *[other] { $count } imported files
    }
summary-nothing = no annotations
summary-separator = { ", " }

message-undone = Undone: { $what }
message-redone = Redone: { $what }
message-edit-failed = Could not { $what }: { $error }
message-new-session = New session on the bundled articles
message-opened-record-failed = cannot keep the record of opened files: { $error }
message-opened = Opened { $path }
message-session-problems =
    { $count ->
        [one] 1 problem opening the session: { $first }
       *[other] { $count } problems opening the session; first: { $first }
    }

report-session-title = Some of the session could not be placed

dialog-default-session-name = research.isnad

message-saved = Saved { $path }
message-exported = Exported { $count } quotations to { $path }
message-export-failed = The export failed: { $error }
message-exporting = Exporting { $count } quotations…
message-export-not-started = the export could not start: { $error }
message-article-not-loaded = { $article }: article not loaded

title-untitled-session = Untitled session

message-autosave-failed = autosave failed: { $error }

edit-delete-quotation = delete quotation
edit-add-quotation = add quotation
edit-add-note = add note
edit-edit-note = edit note
edit-remove-note = remove note
edit-add-bookmark = add bookmark
edit-remove-bookmark = remove bookmark
edit-tag-quotation = tag quotation
edit-article-details = edit article details
edit-save-search = save search
edit-forget-saved-search = forget saved search
edit-set-speaker = set speaker “{ $name }”
edit-merge-speakers = merge “{ $from }” into “{ $into }”
edit-split-speaker = split “{ $name }” from “{ $from }”

import-cancel = Cancel import
import-progress = Importing: { $done } of { $total } files · { $articles } articles · { $mb_done } of { $mb_total } MB · { $seconds } s

message-near-duplicates = near-duplicates: texts published more than once { $stories }, extra copies { $copies }, largest story { $largest }
message-import-running = An import is already running
message-import-not-started = the import could not start: { $error }
message-drop-to-import = Drop to import these files

report-import-title = Import report

message-no-cache = There is no cache folder on this system
message-opened-from-cache = { $articles } articles opened from the cache
message-cache-cleared = Cache cleared: { $count } processed corpora deleted
message-cache-not-cleared = The cache in { $dir } could not be cleared: { $error }

tab-search = Search
tab-notes = Notes ({ $count })
tab-notes-hover = Notes and bookmarks

message-recovery-unreadable = recovery file unreadable: { $error }
message-bookmarked = Bookmarked

toolbar-reader = Reader
toolbar-quotes-counting = Quotes (…)
toolbar-quotes = Quotes ({ $count })
toolbar-text-size = Text size
toolbar-smaller-text = Smaller text (Ctrl −)
toolbar-larger-text = Larger text (Ctrl +)
toolbar-theme = Theme
toolbar-theme-system = System
toolbar-theme-light = Light
toolbar-theme-dark = Dark
toolbar-language = Language

status-make-quote = Make a quote of the selection
status-bookmark-selection = Bookmark the selection
status-note-selection = Write a note on the selection
status-bookmark-article = Bookmark the article
status-note-article = Write a note on the article
status-bookmark = Bookmark
status-note = Note…
status-articles =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
status-selected-chars =
    { $count ->
        [one] { $count } character selected (Ctrl+C copies)
       *[other] { $count } characters selected (Ctrl+C copies)
    }
status-files-not-loaded =
    { $count ->
        [one] 1 file not loaded: { $first }
       *[other] { $count } files not loaded; first: { $first }
    }

articles-heading = Articles ({ $count })
articles-filter = Filter articles
articles-filter-hint = Filter the titles…
articles-hide-copies = hide copies
articles-copies =
    { $count ->
        [one] { $count } copy
       *[other] { $count } copies
    }
articles-copies-hover = The same story as published by several outlets

notes-on-passage = «{ $passage }» · { $title }
notes-on-quote = quote «{ $quote }» · { $title }
notes-heading = Notes and bookmarks
notes-counts =
    { $bookmarks ->
        [one] { $bookmarks } bookmark
       *[other] { $bookmarks } bookmarks
    } · { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
notes-empty = Select text in the reader and press “Bookmark” or “Note…” in the status line; notes on a quotation are written in the quotes table.
notes-bookmark = Bookmark
notes-article-not-loaded = { $what } (article not loaded)
notes-remove = Remove

outlet-all = All
outlet-button = Outlet: { $outlet } ({ $count })
outlet-find = Find outlet
outlet-find-hint = Find an outlet…

reader-no-article = No article is open
reader-edit-details = Edit details…
reader-edit-details-hover = Correct the title, outlet, date or author
reader-note-on-article = Note on article…
reader-bookmarked = bookmarked
reader-details-edited = details edited
reader-same-story = The same story in:
reader-note = Note: { $text }
reader-note-heading = Note:

speakers-heading = Speakers ({ $count })
speakers-in-articles = In articles ({ $count }):
speakers-more-articles = … and { $count } more

matrix-speaker = Speaker

search-heading = Search
search-box = Search
search-hint = Search: words, "phrase", -exclude
search-keep = Keep search
search-keep-hover = Save this search in the session
search-kept = Kept:
search-kept-hover = Click to search again; right-click to forget
search-sort-relevance = Relevance
search-sort-article-order = Article order
search-open-article-only = Open article only
search-words-apart = Words apart
search-words-apart-hover = Also list, after the others, sentences where the words of the query stand apart (more than three words between them)
search-outlet = Outlet:
search-outlet-all = All
search-summary =
    { $hits ->
        [one] { $hits } hit
       *[other] { $hits } hits
    } in { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }
search-first-listed = (first { $count } listed)
search-more-apart = { $count } more with the words apart
search-searching = searching…
search-spellings-off = Off
search-spelling-off-hover = Switched off: click to count this spelling again
search-spelling-on-hover = Counted as a spelling: click to switch it off
search-hit-headline = Headline
search-hit-words-apart = Words apart

quotes-filter = Filter quotes
quotes-filter-hint = Filter the quotations…
quotes-open-article-only = open article only
quotes-clear-speaker = × speaker
quotes-clear-speaker-hover = Show every speaker
quotes-extracting = extracting quotations…
quotes-summary = { $shown } of { $count } quotations and statements
quotes-table = Table
quotes-matrix = Speakers × outlets
quotes-copies-hover = The same quotation is in { $count } articles (copies of one story)

kind-direct = direct
kind-partial = partial
kind-reported = reported
kind-not-speech = not speech

column-speaker = Speaker
column-quote = Quote
column-kind = Kind
column-confidence = Conf.
column-article = Article
column-date = Date
column-outlet = Outlet

detail-how-named = named at the reporting word
detail-how-named-after = named after the statement
detail-how-title-resolved = a title or body, resolved to the name the article gives
detail-how-carried-over = not named here: carried over from an earlier sentence
detail-how-unnamed = an unnamed source
detail-how-corrected = set by you
detail-empty = Select a row to read the quotation in full, with its sentence and speaker.
detail-heading = Selected quotation
detail-confidence = { $kind } · confidence { $percent }%
detail-cue = Reporting word:
detail-no-outlet = no outlet
detail-article = Article:
detail-speaker = Speaker:
detail-no-speaker = — (no speaker found)
detail-mention = As written:
detail-role = Role:
detail-how-found = How found:

edit-speaker = Speaker:
edit-speaker-field = Speaker name
edit-speaker-hint = Speaker's name
edit-set-speaker-button = Set speaker
edit-merge-button = Merge speaker into name
edit-merge-hover = Every quotation of this speaker goes to the typed name
edit-merged-name = «{ $name }» within «{ $into }»
edit-split-button = Split name out
edit-split-hover = The quotations of this article's name get their own speaker again
edit-empty = Click a row to correct, tag or annotate it; double-click to read it in its article.
edit-tags = Tags:
edit-tags-field = Tags
edit-tags-hint = tag, another tag
edit-set-tags = Set tags
edit-note = Note…
edit-notes = Note ({ $count })…
edit-delete-quote = Delete quote
edit-open-in-reader = Open in reader
edit-failed-corrections =
    { $count ->
        [one] { $count } correction no longer matches the text
       *[other] { $count } corrections no longer match the text
    }

matrix-no-outlet = no outlet
