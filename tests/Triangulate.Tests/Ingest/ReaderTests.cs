using Shouldly;
using Triangulate.Documents;
using Triangulate.Ingest;
using Xunit;

namespace Triangulate.Tests.Ingest;

public class ReaderTests
{
    private static IngestResult Read(string fixture) => new Ingestor().Ingest([CaseFile.PathOf("Ingest/Cases/readers/" + fixture)]);

    [Fact]
    public void Markdown_keeps_visible_text_and_headings_and_drops_markup()
    {
        var doc = Read("article.md").Documents.ShouldHaveSingleItem();
        doc.Text.Split('\n').ShouldBe([
            "Seoul Weighs Arms for Kyiv",
            "South Korea said on Tuesday it was considering a set of phased measures in response to the deployment.",
            "The National Intelligence Service said 1,500 troops had arrived in Vladivostok.",
            "Officials said weapons could be sent.",
            "Critics warned of Russian retaliation.",
            "“We will not stand by,” the adviser said.",
        ]);
        doc.Metadata.Title.ShouldBe("Seoul Weighs Arms for Kyiv");
        doc.Metadata.Author.ShouldBe("Jane Doe");
        doc.Metadata.Published!.ToString().ShouldBe("2024-10-21");
        doc.Metadata.Provenance["title"].ShouldBe("markdown:heading");
    }

    [Fact]
    public void Html_gives_main_text_and_structured_metadata()
    {
        var doc = Read("article.html").Documents.ShouldHaveSingleItem();
        var meta = doc.Metadata;
        meta.Title.ShouldBe("Pentagon confirms 10,000 North Korean troops in Russia");
        meta.Outlet.ShouldBe("The Example Post");
        meta.Author.ShouldBe("Mike Example");
        meta.Provenance["author"].ShouldStartWith("html:json-ld[NewsArticle]");
        meta.Url.ShouldBe("https://post.example.com/2024/10/28/pentagon-troops");
        meta.Published.ShouldBe(new PublicationTime(new DateTimeOffset(2024, 10, 28, 18, 30, 0, TimeSpan.FromHours(-4)), TimePrecision.Minute));
        meta.Language.ShouldBe("en");

        doc.Text.ShouldContain("North Korea has sent about 10,000 soldiers to Russia, where they are expected to train before joining the war against Ukraine, Pentagon officials said Monday.");
        doc.Text.ShouldContain("They moved by ship from the Wonsan area to Vladivostok, officials said.");
        doc.Text.ShouldNotContain("Politics");
        doc.Text.ShouldNotContain("tracking");
        doc.Text.ShouldNotContain("Privacy policy");
        doc.Text.ShouldNotContain("\u00A0");
        doc.Removed.ShouldContain(r => r.Reason == "photo-caption" && r.Text.StartsWith("Soldiers at a training ground"));
    }

    [Fact]
    public void Malformed_html_is_read_without_failing()
    {
        var result = Read("malformed.html");
        result.Errors.ShouldBeEmpty();
        var doc = result.Documents.ShouldHaveSingleItem();
        doc.Text.ShouldContain("The ceasefire collapsed on Sunday after two days of fighting in the north.");
        doc.Text.ShouldContain("Aid groups said supplies were running low & prices had doubled.");
        doc.Text.ShouldNotContain("<");
    }

    [Fact]
    public void Json_lines_read_each_line_and_a_bad_line_fails_alone()
    {
        var result = Read("articles.jsonl");
        result.Documents.Length.ShouldBe(2);
        var first = result.Documents[0];
        first.Text.ShouldBe("Ukraine said on Tuesday it had struck a fuel depot in western Russia.\nThe claim could not be independently verified.");
        first.Metadata.Source.ShouldBe("articles.jsonl:1");
        (first.Metadata.Title, first.Metadata.Url, first.Metadata.Outlet, first.Metadata.Author)
            .ShouldBe(("Ukraine strikes depot", "https://wire.example.com/a1", "Example Wire", "Anna Example"));
        first.Metadata.Published!.ToString().ShouldBe("2024-10-22");

        var second = result.Documents[1];
        second.Text.ShouldBe("South Korea summoned the Russian ambassador on Monday.\nThe ministry said the meeting lasted an hour.");
        second.Metadata.Author.ShouldBe("Kim Example, Lee Example");
        second.Metadata.Published!.Precision.ShouldBe(TimePrecision.Minute);

        // Each bad line is named by the file as it was given, and its line number.
        var file = CaseFile.PathOf("Ingest/Cases/readers/articles.jsonl");
        result.Errors.Select(e => e.Path).ShouldBe([file + ":3", file + ":4", file + ":6"]);
        result.Errors[0].Reason.ShouldContain("invalid JSON");
        result.Errors[1].Reason.ShouldContain("no \"text\" or \"html\"");
    }

    [Fact]
    public void Json_array_and_single_object()
    {
        var array = Read("articles.json");
        array.Errors.ShouldBeEmpty();
        array.Documents.Select(d => d.Metadata.Source).ShouldBe(["articles.json[0]", "articles.json[1]"]);
        array.Documents.Select(d => d.Metadata.Outlet).ShouldBe(["Daily Example", "Evening Example"]);
        array.Documents.Select(d => d.Metadata.Published?.ToString()).ShouldBe(["2024-10-04", "2024-10-07"]);

        var single = Read("single.json").Documents.ShouldHaveSingleItem();
        single.Text.ShouldBe("Only one article is in this file.\nIt has two paragraphs.");
        (single.Metadata.Title, single.Metadata.Author, single.Metadata.Url).ShouldBe(("One article", "Solo Author", "https://example.com/one"));
    }

    [Fact]
    public void Hard_wrapped_plain_text_is_unwrapped_into_paragraphs()
    {
        var doc = Read("wrapped.txt").Documents.ShouldHaveSingleItem();
        var paragraphs = doc.Text.Split('\n');
        paragraphs.Length.ShouldBe(3);
        paragraphs[0].ShouldBe("The ministry said on Monday that the talks had stalled after two days of negotiations in Geneva, and that no new date had been set for their resumption.");
        doc.Metadata.Title.ShouldBeNull();
    }

    [Fact]
    public void Paragraph_broken_by_a_blank_line_mid_sentence_is_rejoined_but_headings_are_not()
    {
        using var folder = new TempFolder();
        const string first = "The number of members of the army deployed to the region, officials said on Tuesday, has been put at";
        const string rest = "anywhere between 1,500 and 12,000, based on eyewitness accounts and intelligence assessments.";
        folder.Write("a.txt", $"{first}\n\n{rest}\n\nA new paragraph starts here, after a blank line, and says something else entirely.");
        folder.Write("b.md", "## A heading without a period\n\nlower-case text follows the heading.");
        folder.Write("c.txt", "Here come the men\nthey said.\nHere comes the next one");
        var docs = folder.Ingest().Documents.ToDictionary(d => d.Metadata.Source);
        docs["a.txt"].Text.ShouldBe($"{first} {rest}\nA new paragraph starts here, after a blank line, and says something else entirely.");
        docs["c.txt"].Text.ShouldBe("Here come the men they said.\nHere comes the next one");
        docs["b.md"].Text.ShouldBe("A heading without a period\nlower-case text follows the heading.");
    }

    [Fact]
    public void Whitespace_is_normalised_without_changing_words()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "  Troops\u00A0arrived\u2009on\tMonday,\u200B officials  said.  \r\n\r\n\r\nSe\u00ADoul agreed.\u2028Kyiv did not.");
        folder.Ingest().Documents.ShouldHaveSingleItem().Text.ShouldBe("Troops arrived on Monday, officials said.\nSeoul agreed.\nKyiv did not.");
    }
}
