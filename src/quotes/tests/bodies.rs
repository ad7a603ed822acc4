//! Bodies and documents mentioned again by their noun: the full name the article gave them.
//! Each sentence is our own, written in the shape the rule covers.

use super::check;

#[test]
fn a_body_mentioned_with_its_nationality_is_the_one_named_before() {
    check(
        "كشفت [[S@صحيفة «الغارديان»:صحيفة «الغارديان»]] البريطانية أن [[R:الحكومة ستعلن خطتها]]. \
         وقالت [[S@صحيفة «الغارديان»:الصحيفة البريطانية]] إن [[R@صحيفة «الغارديان»:الخطة تشمل خفض الضرائب]].",
    );
    // Another nationality is another body: الحكومة البريطانية is not the local government.
    check(
        "وقالت [[S:الحكومة المحلية في المدينة]] إن [[R:الطرق ستفتح غدا]]. \
         وأعلنت [[S:الحكومة البريطانية]] أن [[R:مساعداتها وصلت]].",
    );
}

#[test]
fn a_description_that_runs_on_past_the_body_is_no_name_for_it() {
    check(
        "وتعرضت المنظمة لهجوم إلكتروني من جانب المتسللين. وقالت [[S:المنظمة]] إن [[R:مواقعها تعطلت]].",
    );
}

#[test]
fn an_article_of_a_law_provides() {
    // المادة … من النظام، اللائحة: the text of a law speaks for what it provides.
    check(
        "وأكدت [[S:المادة الثانية من النظام]] أن [[R:الطلب يقدم إلكترونيا]]، وشددت على أن \
         [[R@المادة الثانية من النظام:الرسوم تدفع مرة واحدة]].",
    );
}
