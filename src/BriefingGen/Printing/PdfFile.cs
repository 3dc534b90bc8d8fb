using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace BriefingGen.Printing;

/// <summary>What BriefingGen reads back from a printed PDF with PdfPig: its pages and its outline.</summary>
public sealed record PdfFile(int PageCount, IReadOnlyList<OutlineEntry> Outline)
{
    public static PdfFile Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var outline = new List<OutlineEntry>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            Flatten(bookmarks.Roots, outline);
        }

        return new PdfFile(document.NumberOfPages, outline);
    }

    private static void Flatten(IEnumerable<BookmarkNode> nodes, List<OutlineEntry> into)
    {
        foreach (var node in nodes)
        {
            into.Add(new OutlineEntry(node.Title, node.Level, node is DocumentBookmarkNode document ? document.PageNumber : 0));
            Flatten(node.Children, into);
        }
    }
}

/// <summary>A bookmark: its title, depth (0 at the top) and one-based page.</summary>
public sealed record OutlineEntry(string Title, int Level, int Page);
