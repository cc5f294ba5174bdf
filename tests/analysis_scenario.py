"""An invented year of reports in which every kind of change happens once, on a known date.

- Pak Chol Su, member of the Political Bureau, listed fourth all winter, is elected to its Presidium on
  2012-04-11 and listed first from then on (rank rise; the Political Bureau post drops out of use).
- Ri Man Gon, chief of the General Staff, is relieved on 2012-07-15 and never named again (absence).
- Hyon Yong Su first appears on 2012-07-17, awarded the title of vice marshal; appointed chief of the
  General Staff on 2012-07-20.
- Kim Tae Ho first appears on 2012-03-01, is called vice-minister of Farming every five days, then minister
  of Farming from 2012-05-05 (new post; the old one dropped);
  Han Song Il is appointed to that post on 2012-10-05 (Kim is superseded, with no stated end).
- Choe Kwang Sik, premier, is dismissed on 2012-09-01. So Hong Il is relieved of all his duties on 2012-10-01.
- Jon Il Bong appears every five days until 2012-02-15, then not until 2012-06-04 (absence, reappearance).
"""
from __future__ import annotations

from datetime import date, timedelta

from analysis_world import World

PEOPLE = {"pak": "Pak Chol Su", "ri": "Ri Man Gon", "hyon": "Hyon Yong Su", "kim": "Kim Tae Ho",
          "han": "Han Song Il", "choe": "Choe Kwang Sik", "so": "So Hong Il", "o": "O Kuk Nam",
          "jo": "Jo Yong Chun", "jon": "Jon Il Bong"}


def _days(first: str, last: str, step: int = 5):
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    while day <= end:
        yield day.isoformat()
        day += timedelta(days=step)


def _listed(order: list[tuple[str, str | None]]) -> tuple[str, list[dict]]:
    """A 'Present there were ...' sentence for (person, post form) in protocol order, and its people."""
    parts = [PEOPLE[who] + (f", {post}," if post else "") for who, post in order]
    sentence = "Present there were " + ", ".join(parts[:-1]) + " and " + parts[-1].rstrip(",") + "."
    people = [{"id": who, "posts": [post] if post else [], "roles": {"present": "Present there were"},
               "list": (1, pos)} for pos, (who, post) in enumerate(order, 1)]
    return sentence.replace(",,", ","), people


def build(world: World) -> None:
    for person_id, name in PEOPLE.items():
        world.person(person_id, name)
    n = 0

    def report(day, text, people, title=""):
        nonlocal n
        n += 1
        world.report(f"r{n:03d}-{day}", day, text, people, title)

    winter = [("so", None), ("o", None), ("jo", None), ("pak", "member of the Political Bureau"),
              ("ri", "chief of the General Staff")]
    for day in _days("2012-01-01", "2012-04-06"):
        order = winter + ([("jon", None)] if day <= "2012-02-15" else [])
        sentence, people = _listed(order)
        if day <= "2012-03-20":
            people.append({"id": "choe", "posts": ["premier"], "roles": {"guided": "inspected"}})
            sentence = "Premier Choe Kwang Sik inspected a tractor plant. " + sentence
        report(day, "Leaders visited a model farm in spring. " + sentence, people, title="Farm visited")

    report("2012-03-01", "Kim Tae Ho spoke at a meeting of farmers.", [{"id": "kim", "roles": {"spoke": "spoke"}}])
    for day in _days("2012-03-06", "2012-06-10"):
        post = "vice-minister of Farming" if day < "2012-05-05" else "minister of Farming"
        report(day, f"Kim Tae Ho, {post}, inspected a rice field.",
               [{"id": "kim", "posts": [post], "roles": {"guided": "inspected"}}])

    sentence, people = _listed([("pak", None), ("so", None), ("o", None), ("jo", None), ("ri", None)])
    people[0].update(posts=["member of the Presidium of the Political Bureau of the Central Committee of the "
                            "Workers' Party of Korea"], roles={"elected": "was elected", "present": "Present"})
    report("2012-04-11", "The conference opened in the capital. " + sentence + " Pak Chol Su was elected member "
           "of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea.",
           people, title="Party conference held")

    spring = [("pak", "member of the Presidium"), ("so", None), ("o", None), ("jo", None),
              ("ri", "chief of the General Staff")]
    for day in _days("2012-04-15", "2012-07-10"):
        order = spring + ([("jon", None)] if day >= "2012-06-01" else [])
        sentence, people = _listed(order)
        report(day, "Officials attended a performance. " + sentence, people)

    report("2012-07-15", "A meeting of the Political Bureau was held. Ri Man Gon was relieved of all his posts "
           "including chief of the General Staff for his illness.",
           [{"id": "ri", "posts": ["chief of the General Staff"], "roles": {"relieved": "was relieved"}}])
    report("2012-07-17", "The title of vice marshal of the KPA was awarded to Hyon Yong Su by a decision.",
           [{"id": "hyon", "posts": ["vice marshal of the KPA"], "roles": {"elected": "was awarded"}}])
    report("2012-07-20", "Hyon Yong Su was appointed chief of the General Staff of the Korean People's Army.",
           [{"id": "hyon", "posts": ["chief of the General Staff of the Korean People's Army"],
             "roles": {"elected": "was appointed"}}])

    autumn = [("pak", "member of the Presidium"), ("hyon", "chief of the General Staff"), ("so", None),
              ("o", None), ("jo", None), ("jon", None)]
    for day in _days("2012-07-25", "2012-11-27"):
        sentence, people = _listed(autumn)
        report(day, "Officials watched a football match. " + sentence, people)

    report("2012-09-01", "Choe Kwang Sik was dismissed from the post of premier.",
           [{"id": "choe", "posts": ["premier"], "roles": {"relieved": "was dismissed"}}])
    report("2012-10-01", "So Hong Il was relieved of all his duties.",
           [{"id": "so", "roles": {"relieved": "was relieved"}}])
    report("2012-10-05", "Han Song Il was appointed minister of Farming. He visited a farm.",
           [{"id": "han", "posts": ["minister of Farming"], "roles": {"elected": "was appointed"}}])
    for day in ("2012-10-20", "2012-11-02"):
        report(day, "Han Song Il, minister of Farming, met farmers.",
               [{"id": "han", "posts": ["minister of Farming"], "roles": {"received": "met"}}])
    world.count_reports()
