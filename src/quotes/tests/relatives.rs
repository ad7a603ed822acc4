//! Relatives as speakers: a kinship word with its pronoun and the name after it, or before the
//! one it relates to. Each sentence is our own, written in the shape the rule covers.

use super::check;

#[test]
fn a_relative_speaks_with_the_name_after_the_kinship_word() {
    check("وقالت والدتها [[S:سارة الحربي]] إن [[R:ابنتها تحب القراءة]].");
    // A relative the text does not name is kept as written, one article's.
    check("وأكد [[S:شقيقه]] أن [[R:الأسرة تنتظر نتائج التحقيق]].");
}

#[test]
fn a_name_after_a_kinship_noun_is_whose_relative_speaks() {
    // والد فلان: the father speaks, not the man named after him.
    check("وقال [[S:والد سامي العتيبي]] للصحافيين إن [[R:العائلة تطالب بكشف الحقيقة]].");
    check("وأكدت [[S:شقيقة جون سميث]] أن [[R:أخاها لم يغادر المنزل تلك الليلة]].");
}

#[test]
fn a_preacher_in_ta_with_a_womans_name_takes_her_verbs() {
    // الداعية is said of men and women: with her name, the feminine verb after is hers.
    check("وقالت الداعية [[S:مريم الهواوي]] إن [[R:العيد فرحة]]. وبينت أن [[R:الفرح سنة]].");
}

#[test]
fn a_kunya_is_the_name_of_the_one_who_speaks() {
    // أم / أبو before a given name: the mother or father of that child, named by the child.
    check("وأكدت [[S:أم سعود]] أن [[R:المهرجان يوفر دخلا جيدا للأسر]].");
    check(
        "وقالت [[S:أم خالد]] إن [[R:العمل في السوق متعب]]، مضيفة أن [[R@أم خالد:الزبائن كثيرون]].",
    );
}
