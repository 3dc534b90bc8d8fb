using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Links;

/// <summary>What a test reads of a written page: its links and images, and whether each leads to a file of the output.</summary>
internal static class OutputLinks
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The href of every link and the src of every image in the page's main content, in order.</summary>
    public static IReadOnlyList<string> In(string html, string selector = "main a[href], main img[src]") =>
        Parser.ParseDocument(html).QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();

    /// <summary>The links of <paramref name="page"/> (relative, internal) that lead to no file in the output folder.</summary>
    public static IReadOnlyList<string> Dead(string output, string page)
    {
        var html = File.ReadAllText(Path.Combine(output, page));
        var folder = Path.GetDirectoryName(Path.Combine(output, page))!;
        return In(html, "a[href], img[src], link[rel=stylesheet]")
            .Where(u => !u.Contains(':') && !u.StartsWith('#') && !u.StartsWith("//", StringComparison.Ordinal))
            .Where(u => !File.Exists(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(u.Split('#', '?')[0])))))
            .ToList();
    }

    /// <summary>A PNG header of the given size: what the build reads of an image.</summary>
    public static byte[] Png(int width, int height)
    {
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0, 0, 0, 0, 0];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(20), height);
        return header;
    }
}
