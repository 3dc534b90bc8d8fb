namespace BriefingGen.Tests.Specs;

/// <summary>
/// One example of a spec file in Markdig's format: a fence of 32 backticks and <c>example</c>, the Markdown, a line
/// holding only <c>.</c>, the HTML, and a closing fence. A <c>→</c> stands for a tab, as in CommonMark's spec.
/// </summary>
public sealed record SpecExample(string File, int Number, int Line, string Markdown, string Html)
{
    public const string Fence = "````````````````````````````````";

    public static string Folder { get; } = Support.Repository.Path("tests", "BriefingGen.Tests", "Specs");

    /// <summary>Every example of every spec file in <see cref="Folder"/>, by file name and then in order.</summary>
    public static IReadOnlyList<SpecExample> All { get; } = Directory.EnumerateFiles(Folder, "*.md")
        .Order(StringComparer.Ordinal)
        .SelectMany(path => Read(Path.GetFileName(path), System.IO.File.ReadAllText(path)))
        .ToList();

    public static IEnumerable<SpecExample> Read(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, start);
            if (dot < 0 || end < 0 || dot > end)
            {
                throw new FormatException($"{file}:{i + 1}: an example needs a line '.' and a closing fence");
            }

            number++;
            yield return new SpecExample(file, number, i + 1, Join(lines[start..dot]), Join(lines[(dot + 1)..end]));
            i = end;
        }
    }

    private static string Join(string[] lines) => lines.Length == 0 ? "" : string.Join('\n', lines).Replace('→', '\t') + "\n";
}
