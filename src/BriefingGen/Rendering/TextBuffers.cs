using System.Text;

namespace BriefingGen.Rendering;

/// <summary>
/// Reusable text buffers, a few per thread. A page, its Markdown body and its inline texts are each rendered into
/// a buffer and copied out; new buffers grow block by block, which at 30,000 pages was a sixth of rendering's time.
/// Rented buffers are not shared, so a render may rent another while it holds one (a body inside a page).
/// </summary>
internal static class TextBuffers
{
    private const int PooledPerThread = 4;
    private const int MaxPooledCapacity = 4 * 1024 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? t_free;

    public static StringBuilder Rent() => t_free is { Count: > 0 } free ? free.Pop() : new StringBuilder(16 * 1024);

    /// <summary>Gives the buffer back, emptied; one grown by a very large page is dropped (serve keeps its threads for hours).</summary>
    public static void Return(StringBuilder buffer)
    {
        t_free ??= new Stack<StringBuilder>(PooledPerThread);
        if (t_free.Count < PooledPerThread && buffer.Capacity <= MaxPooledCapacity)
        {
            t_free.Push(buffer.Clear());
        }
    }
}
