using System.Reflection;

namespace BriefingGen.Loading;

/// <summary>The default theme, embedded in the assembly: templates and assets by their path inside the theme.</summary>
public static class EmbeddedTheme
{
    private const string Prefix = "theme/";

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> Files = new(ReadAll);

    /// <summary>Every theme file, by name (<c>layouts/page.html</c>, <c>assets/style.css</c>), in ordinal order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All => Files.Value;

    private static IReadOnlyList<(string Name, byte[] Bytes)> ReadAll()
    {
        var assembly = typeof(EmbeddedTheme).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add((resource[Prefix.Length..].Replace('\\', '/'), copy.ToArray()));
        }

        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }
}
