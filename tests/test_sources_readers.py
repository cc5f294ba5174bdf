"""Each input format becomes the same RawReports; each reader keeps file and line for every report."""
import csv
import gzip

from podium.sources import RawReport, Rejected, clean, document, read_path

from conftest import invented_report, write_jsonl

PAGE = """<!DOCTYPE html><html><head><title>Dam Completed &#8211; Pyongyang Watch</title>
<meta property="article:published_time" content="2012-06-15T08:00:00+09:00"></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><article><header class="entry-header"><h1 class="entry-title">Dam Completed on Taedong River</h1></header>
<div class="entry-content"><p>A dam was completed on the Taedong River.</p>
<p>Kim Hyong Sik, minister of Electric Power Industry, cut the tape.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li></ul></div>
<div class="sd-like"><span>Like</span> Loading...</div></div></article>
<div id="comments"><h3>Leave a Reply</h3><form><p>Fill in your details below</p></form></div></main>
<aside class="sidebar"><h2>Recent Posts</h2><ul><li><time datetime="2012-06-20">Another post</time></li></ul></aside>
<footer>Blog at WordPress.com.</footer></body></html>"""


def test_jsonl_and_gzip_give_the_same_reports_with_their_lines(tmp_path):
    reports = [invented_report(n) for n in range(3)]
    plain = list(read_path(write_jsonl(tmp_path / "r.jsonl", reports)))
    zipped = list(read_path(write_jsonl(tmp_path / "r.jsonl.gz", reports, opener=gzip.open)))
    assert [r.id for r in plain] == ["test-00000", "test-00001", "test-00002"]
    assert [r.line for r in plain] == [1, 2, 3]
    assert [(r.id, r.text, r.date, r.line) for r in zipped] == [(r.id, r.text, r.date, r.line) for r in plain]
    assert plain[0].text == reports[0]["text"]  # raw: cleaning happens later, beside it


def test_jsonl_date_option_fills_only_missing_dates(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [invented_report(1, date=None), invented_report(2)])
    first, second = read_path(path, date="2012-12-01")
    assert (first.date, second.date) == ("2012-12-01", invented_report(2)["date"])


def test_text_file_title_date_from_name_and_options(tmp_path):
    path = tmp_path / "kcna-2012-04-13.txt"
    path.write_text("Supreme People's Assembly Meets\n\nThe session opened\non Friday.\n\nDeputies attended.\n",
                    encoding="utf-8")
    (report,) = read_path(path)
    assert (report.id, report.date) == ("kcna-2012-04-13", "2012-04-13")
    assert report.title == "Supreme People's Assembly Meets"
    assert clean(report.text) == "The session opened on Friday.\nDeputies attended."
    (named,) = read_path(path, date="2012-04-14", id="spa-session")
    assert (named.id, named.date) == ("spa-session", "2012-04-14")


def test_text_file_whose_first_line_is_a_sentence_has_no_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("The session opened on Friday.\n\nDeputies attended.\n", encoding="utf-8")
    (report,) = read_path(path, date="2012-04-13")
    assert report.title == "" and clean(report.text) == "The session opened on Friday.\nDeputies attended."


def test_html_page_gives_the_article_only(tmp_path):
    path = tmp_path / "dam.html"
    path.write_text(PAGE, encoding="utf-8")
    (report,) = read_path(path)
    assert report.title == "Dam Completed on Taedong River"
    assert report.date == "2012-06-15"
    assert clean(report.text) == ("A dam was completed on the Taedong River.\n"
                                  "Kim Hyong Sik, minister of Electric Power Industry, cut the tape.")


def test_html_page_without_headline_takes_the_page_title_without_the_site_name(tmp_path):
    path = tmp_path / "kcna-2012-08-09-talks.html"
    path.write_text("<html><head><title>Talks Held &#8211; Pyongyang Watch</title></head>"
                    "<body><div><p>Talks were held.</p></div></body></html>", encoding="utf-8")
    (report,) = read_path(path)
    assert (report.title, report.date, clean(report.text)) == ("Talks Held", "2012-08-09", "Talks were held.")


def test_csv_with_header_and_a_text_over_several_lines(tmp_path):
    path = tmp_path / "reports.csv"
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=["id", "date", "title", "text"])
        writer.writeheader()
        writer.writerow({"id": "a", "date": "2012-01-02", "title": "One", "text": "First line.\nSecond line."})
        writer.writerow({"id": "b", "date": "2012-01-03", "title": "Two", "text": "Another report."})
    first, second = read_path(path)
    assert (first.id, first.line, first.text) == ("a", 2, "First line.\nSecond line.")
    assert (second.id, second.line) == ("b", 4)


def test_csv_without_text_column_is_rejected(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,date,body\na,2012-01-02,x\n", encoding="utf-8")
    (rejected,) = read_path(path)
    assert isinstance(rejected, Rejected) and "no 'text' column" in rejected.reason


def test_unknown_file_type_is_rejected_with_its_name(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    (rejected,) = read_path(path)
    assert rejected.origin == str(path) and "unknown file type .docx" in rejected.reason


def test_a_missing_id_is_derived_stably(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [invented_report(4, id=None)])
    first, again = next(read_path(path)), next(read_path(path))
    assert isinstance(first, RawReport) and first.id == again.id and first.id.startswith("report-2012-")


def test_seed_html_gives_exactly_the_seed_report(need_seed):
    """The blog page of the seed report yields the same title, paragraphs (and so document) as its text file,
    and the publication date from the page's <time datetime>."""
    (page,) = read_path(need_seed / "wpk-cell-secretaries-2021.html")
    (text,) = read_path(need_seed / "wpk-cell-secretaries-2021.txt", date="2021-04-08")
    assert page.date == "2021-04-08"
    assert clean(page.title) == clean(text.title) != ""
    assert clean(page.text).split("\n") == clean(text.text).split("\n")
    assert document(page.title, clean(page.text)) == document(text.title, clean(text.text))
    assert "Leave a Reply" not in clean(text.text) and "bloggers" not in clean(text.text)
    first_line = (need_seed / "wpk-cell-secretaries-2021.txt").read_text(encoding="utf-8").split("\n")[0]
    assert clean(page.title) == clean(first_line)
