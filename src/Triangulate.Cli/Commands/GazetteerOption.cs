using System.CommandLine;
using Spectre.Console;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

/// <summary>`--gazetteer`: a newsroom's own entities and aliases, added in front of the shipped gazetteer.</summary>
public static class GazetteerOption
{
    public static Option<FileInfo?> Create() => new("--gazetteer")
    {
        Description = "A TSV file of your own entities: name<TAB>type<TAB>aliases (type person, org, gpe, loc, norp or misc; "
            + "aliases separated by |), e.g. 'Vladimir Putin<TAB>person<TAB>the Kremlin leader'. See docs/ledger/entities.md.",
    };

    /// <summary>The analyzer to use, or null (after printing why) when the file cannot be read: bad usage.</summary>
    public static Analyzer? AnalyzerFor(FileInfo? gazetteer)
    {
        if (gazetteer is null) return Analyzer.Default;
        try
        {
            return Analyzer.WithGazetteer(gazetteer.FullName);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] --gazetteer: {e.Message}");
            return null;
        }
    }
}
