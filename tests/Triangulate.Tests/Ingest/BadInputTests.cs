using System.Text;
using Shouldly;
using Triangulate.Ingest;
using Xunit;

namespace Triangulate.Tests.Ingest;

public class BadInputTests
{
    private const string Good = "The ministry confirmed the visit on Monday.";

    public static TheoryData<string, byte[], string> Rejected() => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\n "), "empty" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00], "binary" },
        { "only-boilerplate.txt", Encoding.UTF8.GetBytes("SEE ALSO: Another story\nAdvertisement"), "no article text" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Bad_file_is_reported_and_the_batch_goes_on(string name, byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        var bad = folder.Write(name, bytes);

        var result = folder.Ingest();

        result.Documents.ShouldHaveSingleItem().Text.ShouldBe(Good);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(bad);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Huge_file_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        var huge = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(huge)) stream.SetLength(TextDecoderLimit + 1);

        var result = folder.Ingest();

        result.Documents.ShouldHaveSingleItem();
        result.Errors.ShouldHaveSingleItem().Reason.ShouldContain("too large");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void Placeholder_date_leaves_the_article_undated_and_analyzable(string placeholder)
    {
        using var folder = new TempFolder();
        folder.Write("dated.md", $"---\ndate: {placeholder}\n---\nLast year and last week the ministry said 500 troops left.\n");

        var doc = folder.Ingest().Documents.ShouldHaveSingleItem();

        doc.Metadata.Published.ShouldBeNull();
        doc.Metadata.Provenance["published"].ShouldContain("placeholder date");
        var times = Triangulate.Pipeline.Analyzer.Default.Analyze(doc).Times;
        times.Length.ShouldBe(2);
        times.ShouldAllBe(t => !t.Resolved);
    }

    private const long TextDecoderLimit = 20L * 1024 * 1024;

    [Fact]
    public void Unreadable_file_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        var dangling = Path.Combine(folder.Path, "dangling.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "missing-target.txt"));

        var result = folder.Ingest();

        result.Documents.ShouldHaveSingleItem();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(dangling);
        error.Reason.ShouldContain("cannot be read");
    }

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Café “owners” agreed.")] },
        { "utf8", Encoding.UTF8.GetBytes("Café “owners” agreed.") },
        { "utf16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Café “owners” agreed.")] },
        { "utf16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Café “owners” agreed.")] },
        // Windows-1252: é = E9, curly quotes = 93/94; not valid UTF-8.
        { "windows-1252", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, 0x20, 0x93, .. Encoding.ASCII.GetBytes("owners"), 0x94, .. Encoding.ASCII.GetBytes(" agreed.")] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_is_decoded_whatever_the_encoding(string encoding, byte[] bytes)
    {
        using var folder = new TempFolder();
        folder.Write(encoding + ".txt", bytes);

        var result = folder.Ingest();

        result.Errors.ShouldBeEmpty();
        var doc = result.Documents.ShouldHaveSingleItem();
        doc.Text.ShouldBe("Café “owners” agreed.");
        if (encoding == "windows-1252") doc.Metadata.Provenance["encoding"].ShouldContain("windows-1252");
        else if (encoding.StartsWith("utf8")) doc.Metadata.Provenance.ShouldNotContainKey("encoding");
    }

    [Fact]
    public void Unknown_extensions_are_skipped_in_folders_but_an_error_when_named()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        var pdf = folder.Write("notes.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"));
        folder.Write("sub/nested.md", "# Nested\n\nA nested article was found.");

        var fromFolder = folder.Ingest();
        fromFolder.Errors.ShouldBeEmpty();
        fromFolder.Documents.Select(d => d.Metadata.Source).ShouldBe(["good.txt", "sub/nested.md"]);

        var named = new Ingestor().Ingest([pdf, Path.Combine(folder.Path, "absent.txt"), Path.Combine(folder.Path, "good.txt")]);
        named.Documents.ShouldHaveSingleItem();
        named.Errors.Select(e => e.Path).ShouldBe([pdf, Path.Combine(folder.Path, "absent.txt")]);
        named.Errors[0].Reason.ShouldContain("unsupported");
        named.Errors[1].Reason.ShouldContain("no such file");
    }
}
