# واجهة إسناد بالعربية. لكل مفتاح هنا نظيره في ../en/isnad.ftl (يتحقق من ذلك tests/i18n_ui.rs).

menu-file = ملف
menu-new-session = جلسة جديدة
menu-open-session = فتح جلسة…
menu-open-recent = الجلسات الأخيرة
menu-no-recent = لا جلسات بعد
menu-save-session = حفظ الجلسة
menu-save-session-as = حفظ الجلسة باسم…
menu-import-files = استيراد ملفات…
menu-import-folder = استيراد مجلد…
menu-export-quotes = تصدير الاقتباسات
menu-clear-cache = مسح ذاكرة التخزين المؤقت
menu-quit = خروج
menu-edit = تحرير
menu-undo = تراجع
menu-undo-what = تراجع عن { $what }
menu-redo = إعادة
menu-redo-what = إعادة { $what }
menu-view = عرض
menu-article-list = قائمة المقالات
menu-search-and-notes = البحث والملاحظات
menu-help = مساعدة
menu-keyboard = لوحة المفاتيح

keys-ctrl-o = Ctrl+O
keys-does-open-a-session = فتح جلسة
keys-ctrl-s = Ctrl+S
keys-does-save-the-session = حفظ الجلسة
keys-ctrl-shift-s = Ctrl+Shift+S
keys-does-save-the-session-as-a-new = حفظ الجلسة في ملف جديد
keys-ctrl-i = Ctrl+I
keys-does-import-article-files = استيراد ملفات المقالات
keys-ctrl-z = Ctrl+Z
keys-does-undo = تراجع
keys-ctrl-shift-z-or-ctrl-y = Ctrl+Shift+Z أو Ctrl+Y
keys-does-redo = إعادة
keys-ctrl-f = Ctrl+F
keys-does-search-the-articles = البحث في المقالات
keys-f3-shift-f3 = F3 / Shift+F3
keys-does-next-previous-search-hit = نتيجة البحث التالية / السابقة
keys-ctrl-plus-ctrl-plus-plus = Ctrl+- / Ctrl++
keys-does-smaller-larger-reader-text = تصغير / تكبير نص القارئ
keys-ctrl-1 = Ctrl+1
keys-does-show-or-hide-the-article-list = إظهار قائمة المقالات أو إخفاؤها
keys-ctrl-2 = Ctrl+2
keys-does-show-or-hide-the-search-and = إظهار لوحة البحث والملاحظات أو إخفاؤها
keys-f1 = F1
keys-does-this-list-of-keys = قائمة المفاتيح هذه
keys-ctrl-q = Ctrl+Q
keys-does-quit = خروج
keys-up-down = سهم لأعلى / سهم لأسفل
keys-does-previous-next-article-in-the-list = المقالة السابقة / التالية في القائمة، أو صف جدول الاقتباسات
keys-enter = Enter
keys-does-open-the-selected-quotation-in-the = فتح الاقتباس المحدد في القارئ
keys-page-down-space = Page Down / مسافة
keys-does-next-page-of-the-article = الصفحة التالية من المقالة
keys-page-up-shift-space = Page Up / Shift+مسافة
keys-does-previous-page-of-the-article = الصفحة السابقة من المقالة
keys-esc = Esc
keys-does-close-a-dialog-or-leave-a = إغلاق نافذة حوار، أو مغادرة حقل نص
keys-tab-shift-tab = Tab / Shift+Tab
keys-does-next-previous-control = عنصر التحكم التالي / السابق
keys-title = لوحة المفاتيح

dialog-filter-session = جلسة إسناد
dialog-open-session = فتح جلسة
dialog-save-session = حفظ الجلسة
dialog-import-articles = استيراد مقالات
dialog-filter-articles = مقالات
dialog-filter-all-files = كل الملفات
dialog-import-folder = استيراد مجلد مقالات
dialog-export-quotes = تصدير الاقتباسات

format-csv = CSV (UTF-8)
format-xlsx = مصنف Excel
format-markdown = جدول Markdown
format-json = JSON
format-html = صفحة ويب

menu-export-as = { $format }…

modal-note-title = ملاحظة
modal-note-hint = اكتب ملاحظتك…
modal-note-field = نص الملاحظة
modal-note-keys = يبدأ Enter فقرة جديدة، ويحفظ Ctrl+Enter الملاحظة.
modal-cancel = إلغاء
modal-save-note = حفظ الملاحظة
modal-details-title = تفاصيل المقالة
modal-details-field-title = العنوان
modal-details-field-outlet = المصدر
modal-details-field-date = التاريخ (YYYY-MM-DD)
modal-details-field-author = الكاتب
modal-save-details = حفظ التفاصيل
modal-unsaved-title = تغييرات غير محفوظة
modal-unsaved-body = في هذه الجلسة تغييرات لم تُحفظ. هل تحفظها أولًا؟
modal-save = حفظ
modal-dont-save = عدم الحفظ
modal-recover-title = استعادة العمل غير المحفوظ؟
modal-recover-untitled = جلسة بلا اسم
modal-recover-body = لم يُغلق إسناد على نحو سليم في المرة الماضية. حُفظت تغييرات غير محفوظة على { $session } ({ $kept }).
modal-recover = استعادة
modal-discard = تجاهل

message-recovered = استُعيدت الجلسة غير المحفوظة

modal-outside-title = قراءة ملفات من خارج مجلد الجلسة؟
modal-outside-body = تقرأ الجلسة { $session } هذه الملفات، وهي خارج مجلدها ولم تُفتح من قبل على هذا الحاسوب. لا تقرأها إلا إذا كنت تثق بالجلسة.
modal-read-them = قراءتها

message-did-not-open = لم تُفتح { $session }

modal-close = إغلاق

summary-notes =
    { $count ->
        [zero] { $count } ملاحظة
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $count } ملاحظات
        [many] { $count } ملاحظة
       *[other] { $count } ملاحظة
    }
summary-bookmarks =
    { $count ->
        [zero] { $count } إشارة مرجعية
        [one] إشارة مرجعية واحدة
        [two] إشارتان مرجعيتان
        [few] { $count } إشارات مرجعية
        [many] { $count } إشارة مرجعية
       *[other] { $count } إشارة مرجعية
    }
summary-corrections =
    { $count ->
        [zero] { $count } تصحيح
        [one] تصحيح واحد
        [two] تصحيحان
        [few] { $count } تصحيحات
        [many] { $count } تصحيح
       *[other] { $count } تصحيح
    }
summary-tags =
    { $count ->
        [zero] { $count } وسم
        [one] وسم واحد
        [two] وسمان
        [few] { $count } وسوم
        [many] { $count } وسم
       *[other] { $count } وسم
    }
summary-details-edited =
    { $count ->
        [zero] { $count } مقالة عُدّلت تفاصيلها
        [one] مقالة واحدة عُدّلت تفاصيلها
        [two] مقالتان عُدّلت تفاصيلهما
        [few] { $count } مقالات عُدّلت تفاصيلها
        [many] { $count } مقالة عُدّلت تفاصيلها
       *[other] { $count } مقالة عُدّلت تفاصيلها
    }
summary-kept-searches =
    { $count ->
        [zero] { $count } بحث محفوظ
        [one] بحث محفوظ واحد
        [two] بحثان محفوظان
        [few] { $count } عمليات بحث محفوظة
        [many] { $count } بحث محفوظ
       *[other] { $count } بحث محفوظ
    }
summary-imported-files =
    { $count ->
        [zero] { $count } ملفًا مستوردًا
        [one] ملف مستورد واحد
        [two] ملفان مستوردان
        [few] { $count } ملفات مستوردة
        [many] { $count } ملفًا مستوردًا
       *[other] { $count } ملفًا مستوردًا
    }
summary-nothing = لا تعليقات توضيحية
summary-separator = { "، " }

message-undone = تم التراجع: { $what }
message-redone = أُعيد: { $what }
message-edit-failed = تعذّر { $what }: { $error }
message-new-session = جلسة جديدة على المقالات المرفقة
message-opened-record-failed = تعذّر الاحتفاظ بسجل الملفات المفتوحة: { $error }
message-opened = فُتحت { $path }
message-session-problems =
    { $count ->
        [zero] لا مشكلات
        [one] مشكلة واحدة في فتح الجلسة: { $first }
        [two] مشكلتان في فتح الجلسة؛ الأولى: { $first }
        [few] { $count } مشكلات في فتح الجلسة؛ الأولى: { $first }
        [many] { $count } مشكلة في فتح الجلسة؛ الأولى: { $first }
       *[other] { $count } مشكلة في فتح الجلسة؛ الأولى: { $first }
    }

report-session-title = تعذّر وضع بعض محتوى الجلسة في مكانه

dialog-default-session-name = بحث.isnad

message-saved = حُفظت { $path }
message-exported = صُدِّرت الاقتباسات ({ $count }) إلى { $path }
message-export-failed = فشل التصدير: { $error }
message-exporting = جارٍ تصدير الاقتباسات ({ $count })…
message-export-not-started = تعذّر بدء التصدير: { $error }
message-article-not-loaded = { $article }: المقالة غير محمّلة

title-untitled-session = جلسة بلا اسم

message-autosave-failed = فشل الحفظ التلقائي: { $error }

edit-delete-quotation = حذف الاقتباس
edit-add-quotation = إضافة اقتباس
edit-add-note = إضافة ملاحظة
edit-edit-note = تحرير ملاحظة
edit-remove-note = إزالة ملاحظة
edit-add-bookmark = إضافة إشارة مرجعية
edit-remove-bookmark = إزالة إشارة مرجعية
edit-tag-quotation = وسم الاقتباس
edit-article-details = تحرير تفاصيل المقالة
edit-save-search = حفظ البحث
edit-forget-saved-search = نسيان بحث محفوظ
edit-set-speaker = تعيين المتحدث «{ $name }»
edit-merge-speakers = دمج «{ $from }» في «{ $into }»
edit-split-speaker = فصل «{ $name }» عن «{ $from }»

import-cancel = إلغاء الاستيراد
import-progress = جارٍ الاستيراد: الملفات { $done } من { $total } · المقالات { $articles } · { $mb_done } من { $mb_total } ميغابايت · { $seconds } ث

message-near-duplicates = شبه مكررات: نصوص نُشرت أكثر من مرة { $stories }، نسخ إضافية { $copies }، أكبر قصة { $largest }
message-import-running = هناك استيراد جارٍ بالفعل
message-import-not-started = تعذّر بدء الاستيراد: { $error }
message-drop-to-import = أفلت الملفات لاستيرادها

report-import-title = تقرير الاستيراد

message-no-cache = لا يوجد مجلد للتخزين المؤقت على هذا النظام
message-opened-from-cache = فُتحت { $articles } مقالة من ذاكرة التخزين المؤقت
message-cache-cleared = مُسحت ذاكرة التخزين المؤقت: حُذفت { $count } من المدوّنات المعالجة
message-cache-not-cleared = تعذّر مسح ذاكرة التخزين المؤقت في { $dir }: { $error }

tab-search = بحث
tab-notes = الملاحظات ({ $count })
tab-notes-hover = الملاحظات والإشارات المرجعية

message-recovery-unreadable = تعذّرت قراءة ملف الاستعادة: { $error }
message-bookmarked = أُضيفت إشارة مرجعية

toolbar-reader = القارئ
toolbar-quotes-counting = الاقتباسات (…)
toolbar-quotes = الاقتباسات ({ $count })
toolbar-text-size = حجم النص
toolbar-smaller-text = نص أصغر (Ctrl −)
toolbar-larger-text = نص أكبر (Ctrl +)
toolbar-theme = السمة
toolbar-theme-system = النظام
toolbar-theme-light = فاتحة
toolbar-theme-dark = داكنة
toolbar-language = اللغة

status-make-quote = اجعل التحديد اقتباسًا
status-bookmark-selection = إضافة إشارة مرجعية إلى التحديد
status-note-selection = كتابة ملاحظة على التحديد
status-bookmark-article = إضافة إشارة مرجعية إلى المقالة
status-note-article = كتابة ملاحظة على المقالة
status-bookmark = إشارة مرجعية
status-note = ملاحظة…
status-articles =
    { $count ->
        [zero] { $count } مقالة
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }
status-selected-chars =
    { $count ->
        [zero] لا أحرف محددة
        [one] حرف واحد محدد (Ctrl+C للنسخ)
        [two] حرفان محددان (Ctrl+C للنسخ)
        [few] { $count } أحرف محددة (Ctrl+C للنسخ)
        [many] { $count } حرفًا محددًا (Ctrl+C للنسخ)
       *[other] { $count } حرف محدد (Ctrl+C للنسخ)
    }
status-files-not-loaded =
    { $count ->
        [zero] لم يُحمّل أي ملف
        [one] لم يُحمّل ملف واحد: { $first }
        [two] لم يُحمّل ملفان؛ الأول: { $first }
        [few] لم تُحمّل { $count } ملفات؛ الأول: { $first }
        [many] لم يُحمّل { $count } ملفًا؛ الأول: { $first }
       *[other] لم يُحمّل { $count } ملف؛ الأول: { $first }
    }

articles-heading = المقالات ({ $count })
articles-filter = تصفية المقالات
articles-filter-hint = تصفية العناوين…
articles-hide-copies = إخفاء النسخ
articles-copies =
    { $count ->
        [zero] لا نسخ
        [one] نسخة واحدة
        [two] نسختان
        [few] { $count } نسخ
        [many] { $count } نسخة
       *[other] { $count } نسخة
    }
articles-copies-hover = القصة نفسها كما نشرتها عدة وسائل إعلام

notes-on-passage = «{ $passage }» · { $title }
notes-on-quote = اقتباس «{ $quote }» · { $title }
notes-heading = الملاحظات والإشارات المرجعية
notes-counts =
    { $bookmarks ->
        [zero] { $bookmarks } إشارة مرجعية
        [one] إشارة مرجعية واحدة
        [two] إشارتان مرجعيتان
        [few] { $bookmarks } إشارات مرجعية
        [many] { $bookmarks } إشارة مرجعية
       *[other] { $bookmarks } إشارة مرجعية
    } · { $notes ->
        [zero] { $notes } ملاحظة
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $notes } ملاحظات
        [many] { $notes } ملاحظة
       *[other] { $notes } ملاحظة
    }
notes-empty = حدّد نصًا في القارئ واضغط «إشارة مرجعية» أو «ملاحظة…» في شريط الحالة؛ أما الملاحظات على الاقتباسات فتُكتب في جدول الاقتباسات.
notes-bookmark = إشارة مرجعية
notes-article-not-loaded = { $what } (المقالة غير محمّلة)
notes-remove = إزالة

outlet-all = الكل
outlet-button = المصدر: { $outlet } ({ $count })
outlet-find = البحث عن مصدر
outlet-find-hint = ابحث عن مصدر…

reader-no-article = لا توجد مقالة مفتوحة
reader-edit-details = تحرير التفاصيل…
reader-edit-details-hover = تصحيح العنوان أو المصدر أو التاريخ أو الكاتب
reader-note-on-article = ملاحظة على المقالة…
reader-bookmarked = عليها إشارة مرجعية
reader-details-edited = عُدّلت التفاصيل
reader-same-story = القصة نفسها في:
reader-note = ملاحظة: { $text }
reader-note-heading = ملاحظة:

speakers-heading = المتحدثون ({ $count })
speakers-in-articles = في المقالات ({ $count }):
speakers-more-articles = … و{ $count } غيرها

matrix-speaker = المتحدث

search-heading = بحث
search-box = بحث
search-hint = ابحث: كلمات، "عبارة"، -استبعاد
search-keep = حفظ البحث
search-keep-hover = حفظ هذا البحث في الجلسة
search-kept = المحفوظة:
search-kept-hover = انقر للبحث مجددًا؛ انقر بالزر الأيمن للنسيان
search-sort-relevance = الصلة
search-sort-article-order = ترتيب المقالات
search-open-article-only = المقالة المفتوحة فقط
search-words-apart = كلمات متباعدة
search-words-apart-hover = أدرج أيضًا، بعد غيرها، الجمل التي تتباعد فيها كلمات البحث (أكثر من ثلاث كلمات بينها)
search-outlet = المصدر:
search-outlet-all = الكل
search-summary =
    { $hits ->
        [zero] { $hits } نتيجة
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $hits } نتائج
        [many] { $hits } نتيجة
       *[other] { $hits } نتيجة
    } في { $articles ->
        [zero] { $articles } مقالة
        [one] مقالة واحدة
        [two] مقالتين
        [few] { $articles } مقالات
        [many] { $articles } مقالة
       *[other] { $articles } مقالة
    }
search-first-listed = (أول { $count } معروضة)
search-more-apart = { $count } أخرى بكلمات متباعدة
search-searching = جارٍ البحث…
search-spellings-off = معطّلة
search-spelling-off-hover = معطّلة: انقر لاحتساب هذا الرسم مجددًا
search-spelling-on-hover = محتسبة رسمًا للكلمة: انقر لتعطيلها
search-hit-headline = العنوان
search-hit-words-apart = كلمات متباعدة

quotes-filter = تصفية الاقتباسات
quotes-filter-hint = تصفية الأقوال…
quotes-open-article-only = المقالة المفتوحة فقط
quotes-clear-speaker = × المتحدث
quotes-clear-speaker-hover = إظهار كل المتحدثين
quotes-extracting = جارٍ استخراج الاقتباسات…
quotes-summary = { $shown } من { $count } من الاقتباسات والتصريحات
quotes-table = جدول
quotes-matrix = المتحدثون × المصادر
quotes-copies-hover = الاقتباس نفسه في { $count } من المقالات (نسخ من قصة واحدة)

kind-direct = مباشر
kind-partial = جزئي
kind-reported = منقول
kind-not-speech = ليس قولًا

column-speaker = المتحدث
column-quote = الاقتباس
column-kind = النوع
column-confidence = الثقة
column-article = المقالة
column-date = التاريخ
column-outlet = المصدر

detail-how-named = مسمّى عند فعل القول
detail-how-named-after = مسمّى بعد التصريح
detail-how-title-resolved = صفة أو جهة، رُدّت إلى الاسم الذي تذكره المقالة
detail-how-carried-over = غير مسمّى هنا: منقول من جملة سابقة
detail-how-unnamed = مصدر غير مسمّى
detail-how-corrected = عيّنته أنت
detail-empty = اختر صفًا لقراءة الاقتباس كاملًا مع جملته ومتحدثه.
detail-heading = الاقتباس المحدد
detail-confidence = { $kind } · الثقة { $percent }%
detail-cue = كلمة الإسناد:
detail-no-outlet = بلا مصدر
detail-article = المقالة:
detail-speaker = المتحدث:
detail-no-speaker = — (لم يُعثر على متحدث)
detail-mention = كما ورد:
detail-role = الصفة:
detail-how-found = كيف عُرف:

edit-speaker = المتحدث:
edit-speaker-field = اسم المتحدث
edit-speaker-hint = اسم المتحدث
edit-set-speaker-button = تعيين المتحدث
edit-merge-button = دمج المتحدث في الاسم
edit-merge-hover = تذهب كل اقتباسات هذا المتحدث إلى الاسم المكتوب
edit-merged-name = «{ $name }» ضمن «{ $into }»
edit-split-button = فصل الاسم
edit-split-hover = تعود لاقتباسات هذا الاسم في المقالة متحدثها الخاص
edit-empty = انقر صفًا لتصحيحه أو وسمه أو التعليق عليه؛ وانقر مرتين لقراءته في مقالته.
edit-tags = وسوم:
edit-tags-field = الوسوم
edit-tags-hint = وسم، وسم آخر
edit-set-tags = تعيين الوسوم
edit-note = ملاحظة…
edit-notes = ملاحظة ({ $count })…
edit-delete-quote = حذف الاقتباس
edit-open-in-reader = فتح في القارئ
edit-failed-corrections =
    { $count ->
        [zero] لا تصحيحات
        [one] تصحيح واحد لم يعد يطابق النص
        [two] تصحيحان لم يعودا يطابقان النص
        [few] { $count } تصحيحات لم تعد تطابق النص
        [many] { $count } تصحيحًا لم يعد يطابق النص
       *[other] { $count } تصحيح لم يعد يطابق النص
    }

matrix-no-outlet = بلا مصدر
