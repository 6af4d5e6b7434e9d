using Npgsql;

namespace Triangulate.Store;

/// <summary>Opens a store from one connection string (docs/store.md).</summary>
public static class LedgerStore
{
    /// <summary>
    /// <c>postgres://user:password@host:port/database?key=value</c> (or <c>postgresql://</c>) and Npgsql keyword strings
    /// (<c>Host=...;Database=...</c>) open PostgreSQL; <c>sqlite:path</c> or a plain path opens SQLite.
    /// With <paramref name="create"/> false a missing SQLite file is an error rather than a new empty database.
    /// </summary>
    public static ILedgerStore Open(string connection, bool create = true)
    {
        var trimmed = connection.Trim();
        if (trimmed.Length == 0) throw new StoreException("the database connection string is empty");
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new PostgresLedgerStore(FromUrl(trimmed));
        if (IsKeywordString(trimmed)) return new PostgresLedgerStore(trimmed);
        if (System.Text.RegularExpressions.Regex.Match(trimmed, "^([A-Za-z][A-Za-z0-9+.-]+)://") is { Success: true } other)
            throw new StoreException($"unsupported database '{other.Groups[1].Value}://': use a file path or sqlite:PATH for SQLite, postgres://... for PostgreSQL");
        var path = trimmed.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? trimmed["sqlite:".Length..] : trimmed;
        if (path.Length == 0) throw new StoreException("'sqlite:' needs a file path after it");
        return SqliteLedgerStore.Open(path, create);
    }

    private static bool IsKeywordString(string s) =>
        s.Contains('=') && s.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Split('=')[0].Trim() is var key
                && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A libpq-style URL as an Npgsql connection string; query parameters are Npgsql keywords (sslmode, host, ...).</summary>
    public static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new StoreException($"'{Redact(url)}' is not a valid postgres:// URL");
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0) builder.Host = Uri.UnescapeDataString(uri.Host);
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            try
            {
                builder[key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"unknown or invalid parameter '{key}' in the postgres:// URL: {e.Message}", e);
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL with any password replaced, safe to print.</summary>
    private static string Redact(string url) =>
        System.Text.RegularExpressions.Regex.Replace(url, @"(://[^:/@]*:)[^@]*@", "$1***@");
}
