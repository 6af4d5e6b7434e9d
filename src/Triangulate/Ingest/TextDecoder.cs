using System.Text;

namespace Triangulate.Ingest;

/// <summary>A file's text, or why it has none. <paramref name="Note"/> says how it was decoded when that was not plain UTF-8.</summary>
internal sealed record DecodedText(string? Text, string? Note, string? Error)
{
    public static DecodedText Failed(string error) => new(null, null, error);
}

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM; bytes that are not valid UTF-8 are read
/// as Windows-1252 (a superset of Latin-1 for printable text) rather than failing, since old news archives use it.
/// </summary>
internal static class TextDecoder
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Read(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
                return DecodedText.Failed($"the file is too large ({length / (1024.0 * 1024):0.#} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DecodedText.Failed($"the file cannot be read: {e.Message}");
        }
        return Decode(bytes);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return DecodedText.Failed("the file is empty");

        string text;
        string? note = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = Utf8OrNull(bytes[3..]) ?? Latin(bytes[3..], out note);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (text, note) = (Encoding.Unicode.GetString(bytes[2..]), "utf-16le (BOM)");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (text, note) = (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be (BOM)");
        else if (bytes.Contains((byte)0)) return DecodedText.Failed("the file looks binary (it contains NUL bytes)");
        else text = Utf8OrNull(bytes) ?? Latin(bytes, out note);

        if (text.Contains('\0')) return DecodedText.Failed("the file looks binary (it contains NUL characters)");
        if (string.IsNullOrWhiteSpace(text)) return DecodedText.Failed("the file is empty");
        return new DecodedText(text, note, null);
    }

    private static string? Utf8OrNull(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    private static string Latin(ReadOnlySpan<byte> bytes, out string note)
    {
        note = "windows-1252 (the file is not valid UTF-8)";
        return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
    }
}
