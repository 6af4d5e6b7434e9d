namespace Triangulate.Cli;

/// <summary>Writes a file through a temporary sibling and a rename, so a crash never leaves it half-written.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
