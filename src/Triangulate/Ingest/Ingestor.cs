using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Documents;
using Triangulate.Ingest.Readers;

namespace Triangulate.Ingest;

/// <summary>
/// Reads files and folders (recursively) into clean documents: .txt, .md, .html/.htm, .json, .jsonl. A file that cannot
/// be read (missing, empty, binary, over 20 MB, unsupported) becomes an <see cref="IngestError"/> and the batch goes on.
/// Copies are linked to their originals, not dropped.
/// </summary>
public sealed class Ingestor
{
    private static readonly IReadOnlyDictionary<string, IArticleReader> Readers = new Dictionary<string, IArticleReader>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = new PlainTextReader(),
        [".text"] = new PlainTextReader(),
        [".md"] = new MarkdownReader(),
        [".markdown"] = new MarkdownReader(),
        [".html"] = new HtmlReader(),
        [".htm"] = new HtmlReader(),
        [".xhtml"] = new HtmlReader(),
        [".json"] = new JsonReader(lines: false),
        [".jsonl"] = new JsonReader(lines: true),
        [".ndjson"] = new JsonReader(lines: true),
    };

    private readonly ArticleBuilder _builder = new(BoilerplateRules.Default);
    private readonly Deduplicator _deduplicator = new();

    private sealed record InputFile(string Path, string Source);

    private sealed record FileResult(List<BuiltArticle> Articles, List<IngestError> Errors);

    public IngestResult Ingest(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        var errors = ImmutableArray.CreateBuilder<IngestError>();
        var files = ExpandPaths(paths, errors);

        var manifests = new Dictionary<string, Manifest>(StringComparer.Ordinal);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f.Path)) ?? ".").Distinct())
        {
            var (manifest, error) = Manifest.Load(folder);
            manifests[folder] = manifest;
            if (error is not null) errors.Add(error);
        }

        var results = files.AsParallel().AsOrdered()
            .Select(file =>
            {
                progress?.Report(file.Path);
                return Read(file, manifests[Path.GetDirectoryName(Path.GetFullPath(file.Path)) ?? "."]);
            })
            .ToList();

        var documents = ImmutableArray.CreateBuilder<Document>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            errors.AddRange(result.Errors);
            foreach (var article in result.Articles)
            {
                var id = ContentId(article.Text);
                // Two inputs with the same clean text still need distinct ids; the source tells them apart, stably.
                if (!ids.Add(id)) ids.Add(id = ContentId(article.Metadata.Source + "\n" + article.Text));
                documents.Add(new Document(id, article.Text, article.Metadata, article.Removed));
            }
        }
        var built = documents.ToImmutable();
        return new IngestResult(built, errors.ToImmutable(), _deduplicator.Find(built));
    }

    private FileResult Read(InputFile file, Manifest manifest)
    {
        var result = new FileResult([], []);
        var decoded = TextDecoder.Read(file.Path);
        if (decoded.Text is null)
        {
            result.Errors.Add(new IngestError(file.Path, decoded.Error ?? "the file cannot be read"));
            return result;
        }
        var text = decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n');
        try
        {
            foreach (var item in Readers[Path.GetExtension(file.Path)].Read(file.Source, text))
            {
                if (item.Error is not null)
                {
                    // Readers name a record by the display source ("feed.jsonl:12"); the error names the file as given.
                    var where = item.Error.Path.StartsWith(file.Source, StringComparison.Ordinal) ? file.Path + item.Error.Path[file.Source.Length..] : item.Error.Path;
                    result.Errors.Add(item.Error with { Path = where });
                    continue;
                }
                var article = item.Article!;
                // A manifest row names a whole file, so it applies only when the file is one article.
                var row = article.Source == file.Source ? manifest.For(Path.GetFileName(file.Path)) : new Dictionary<Field, FieldValue>();
                var built = _builder.Build(article, row, decoded.Note);
                if (built is null) result.Errors.Add(new IngestError(article.Source == file.Source ? file.Path : article.Source, "no article text was found"));
                else result.Articles.Add(built);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any reader failure on malformed input is this file's problem, not the batch's.
            result.Errors.Add(new IngestError(file.Path, $"the file could not be read as {Path.GetExtension(file.Path)}: {e.Message}"));
        }
        return result;
    }

    private static List<InputFile> ExpandPaths(IEnumerable<string> paths, ImmutableArray<IngestError>.Builder errors)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                        .Where(f => Readers.ContainsKey(Path.GetExtension(f)))
                        .Order(StringComparer.Ordinal)
                        .Select(f => new InputFile(f, Path.GetRelativePath(path, f).Replace('\\', '/'))));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add(new IngestError(path, $"the folder cannot be listed: {e.Message}"));
                }
            }
            else if (File.Exists(path))
            {
                if (Readers.ContainsKey(Path.GetExtension(path))) files.Add(new InputFile(path, Path.GetFileName(path)));
                else errors.Add(new IngestError(path, $"unsupported file type '{Path.GetExtension(path)}' (expected .txt, .md, .html, .htm, .json or .jsonl)"));
            }
            else errors.Add(new IngestError(path, "no such file or folder"));
        }
        return files;
    }

    /// <summary>A stable id: the first 16 hex digits of the SHA-256 of the clean text.</summary>
    public static string ContentId(string cleanText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanText)))[..16];
}
