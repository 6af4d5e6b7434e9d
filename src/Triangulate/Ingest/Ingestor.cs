using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>A file that could not be ingested, and why; the rest of the batch goes on.</summary>
public sealed record IngestError(string Path, string Reason);

public sealed record IngestResult(ImmutableArray<Document> Documents, ImmutableArray<IngestError> Errors);

/// <summary>Reads files and folders (recursively) into documents.</summary>
public sealed class Ingestor
{
    public IngestResult Ingest(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        var documents = ImmutableArray.CreateBuilder<Document>();
        var errors = ImmutableArray.CreateBuilder<IngestError>();
        foreach (var file in ExpandPaths(paths, errors))
        {
            progress?.Report(file);
            try
            {
                var text = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n").Trim();
                if (text.Length == 0) { errors.Add(new IngestError(file, "the file is empty")); continue; }
                documents.Add(new Document(ContentId(text), text, DocumentMetadata.ForSource(Path.GetFileName(file)), []));
            }
            catch (IOException e) { errors.Add(new IngestError(file, e.Message)); }
            catch (UnauthorizedAccessException e) { errors.Add(new IngestError(file, e.Message)); }
        }
        return new IngestResult(documents.ToImmutable(), errors.ToImmutable());
    }

    private static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, ImmutableArray<IngestError>.Builder errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return f;
            }
            else if (File.Exists(path)) yield return path;
            else errors.Add(new IngestError(path, "no such file or folder"));
        }
    }

    /// <summary>A stable id: the first 16 hex digits of the SHA-256 of the clean text.</summary>
    public static string ContentId(string cleanText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanText)))[..16];
}
