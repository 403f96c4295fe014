from ucj_desktop.domain.categories import DEFAULT_CATEGORIES, Category
from ucj_desktop.wording import catalog
from ucj_desktop.wording.categories import DEFAULT_LABELS, category_label


def test_the_catalog_knows_every_default_category():
    assert tuple(c.label_id for c in DEFAULT_CATEGORIES) == DEFAULT_LABELS


def test_a_category_in_english_and_one_the_catalog_does_not_know():
    pkh = next(c for c in DEFAULT_CATEGORIES if c.code == "PKH")
    catalog.set_language("en")
    try:
        assert category_label(pkh) == catalog.translations("en")[("categories", pkh.label_id)]
        assert category_label(pkh) != pkh.label_id
        assert category_label(Category("NELAYAN", "Nelayan kecil")) == "Nelayan kecil"
    finally:
        catalog.set_language("id")
    assert category_label(pkh) == "Penerima PKH"
