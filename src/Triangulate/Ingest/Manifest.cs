using CsvHelper;
using Triangulate.Ingest.Readers;

namespace Triangulate.Ingest;

/// <summary>
/// A folder's <c>sources.csv</c>: per file name, metadata that wins over anything read from the text
/// (columns <c>file,published,outlet,author,url</c>, optionally <c>title</c>; empty cells say nothing).
/// </summary>
internal sealed class Manifest
{
    public const string FileName = "sources.csv";

    private static readonly (Field Field, string Column)[] Columns =
        [(Field.Published, "published"), (Field.Outlet, "outlet"), (Field.Author, "author"), (Field.Url, "url"), (Field.Title, "title")];

    private readonly Dictionary<string, Dictionary<Field, FieldValue>> _rows;

    private Manifest(Dictionary<string, Dictionary<Field, FieldValue>> rows) => _rows = rows;

    public static Manifest Empty { get; } = new(new Dictionary<string, Dictionary<Field, FieldValue>>());

    public IReadOnlyDictionary<Field, FieldValue> For(string fileName) =>
        _rows.TryGetValue(fileName, out var row) ? row : new Dictionary<Field, FieldValue>();

    /// <summary>The folder's manifest, <see cref="Empty"/> if it has none, or an error if it cannot be read.</summary>
    public static (Manifest Manifest, IngestError? Error) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return (Empty, null);
        try
        {
            var options = new CsvReaderOptions { HasHeader = true, TrimWhitespace = true, NormalizeHeaderName = h => h.Trim().ToLowerInvariant() };
            using var csv = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
            if (!csv.TryGetFieldIndex("file", out var fileColumn))
                return (Empty, new IngestError(path, "the manifest has no 'file' column"));
            var columns = Columns
                .Select(c => (c.Field, Index: csv.TryGetFieldIndex(c.Column, out var index) ? index : -1))
                .Where(c => c.Index >= 0)
                .ToList();
            var rows = new Dictionary<string, Dictionary<Field, FieldValue>>(StringComparer.Ordinal);
            while (csv.Read())
            {
                var file = csv.GetString(fileColumn).Trim();
                if (file.Length == 0) continue;
                var row = new Dictionary<Field, FieldValue>();
                foreach (var (field, index) in columns)
                    if (index < csv.FieldCount && csv.GetString(index).Trim() is { Length: > 0 } value)
                        row[field] = new FieldValue(value, $"manifest:{FileName}");
                rows[file] = row;
            }
            return (new Manifest(rows), null);
        }
        catch (Exception e) when (e is CsvFormatException or IOException or UnauthorizedAccessException)
        {
            return (Empty, new IngestError(path, $"the manifest cannot be read: {e.Message}"));
        }
    }
}
