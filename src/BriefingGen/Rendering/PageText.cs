using System.Buffers;
using System.Text;

namespace BriefingGen.Rendering;

/// <summary>A rendered page's text, read in place from the buffer it was rendered into.</summary>
internal static class PageText
{
    public delegate void Reader(ReadOnlySpan<char> text);

    /// <summary>
    /// Hands the buffer's text to <paramref name="read"/> as one span: the buffer's own when it is one block (a reused
    /// buffer is, once it has held a page as large), else a pooled copy.
    /// </summary>
    public static void Use(StringBuilder buffer, Reader read)
    {
        var chunks = buffer.GetChunks(); // an empty buffer has one empty chunk
        if (chunks.MoveNext() && chunks.Current.Length == buffer.Length)
        {
            read(chunks.Current.Span);
            return;
        }

        var copy = ArrayPool<char>.Shared.Rent(buffer.Length);
        try
        {
            buffer.CopyTo(0, copy.AsSpan(), buffer.Length);
            read(copy.AsSpan(0, buffer.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }
}
