"""Issue 7, round three (the roles2 room): the classes of error left in the KCNA era on the fresh sealed set,
each fixed by a general rule (vocabulary rows or a grammar) and shown here on an invented report (no corpus
text), with the rule that made it."""
from test_extract_classes import people, rules


def test_a_foreign_name_with_a_regnal_number_or_after_a_counterpart_is_a_person():
    text = ("Ri Pyo Sun sent a message of greeting to Mpolo IV, king of Tarvania. The foreign minister of Osmia "
            "praised the talks with his Tarvanian counterpart K. R. Dlamuni.")
    found = people(text, "2012-03-01")
    assert found["Mpolo IV"].post_texts() == ["king of Tarvania"]
    assert found["Mpolo IV"].role_names() == ["received"]
    assert "K. R. Dlamuni" in found


def test_a_foreign_party_delegation_head_holds_posts_of_that_party():
    text = ("A delegation of the Revolutionary Workers Party of Tarvania (Leninist) headed by Joao Mbeki Tolo, "
            "member of the Political Bureau of the Party Central Committee and chairman of its Northern Regional "
            "Committee, arrived here. Kang Chol Ha, secretary of the Party Central Committee, met it.")
    found = people(text, "2012-03-01")
    party = "the Revolutionary Workers Party of Tarvania (Leninist)"
    assert found["Joao Mbeki Tolo"].post_texts() == [
        f"member of the Political Bureau of the Central Committee of {party}",
        f"chairman of the Northern Regional Committee of {party}"]
    assert found["Kang Chol Ha"].post_texts() == ["secretary of the Central Committee of the Workers' Party of Korea"]
