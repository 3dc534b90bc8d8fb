using BriefingGen.Rendering.Images;

namespace BriefingGen.Tests.Links;

/// <summary>The width and height an image's page gets are read from the header of the file as cameras and editors save it.</summary>
public sealed class ImageSizeTests
{
    public static TheoryData<string, byte[]> Headers => new()
    {
        { "PNG", OutputLinks.Png(640, 480) },
        { "GIF", [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x80, 0x02, 0xE0, 0x01, 0, 0, 0] },
        // A JPEG as a camera writes it: an APP0 (JFIF) segment before the frame that gives the size.
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01] },
        { "WebP (lossy)", [(byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P', (byte)'V', (byte)'P', (byte)'8', (byte)' ',
            0, 0, 0, 0, 0, 0, 0, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01] },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void The_size_is_read_from_the_header(string format, byte[] header)
    {
        Assert.True(ImageSize.Read(header) == new ImageSize(640, 480), $"{format}: {ImageSize.Read(header)}");
    }

    [Fact]
    public void A_file_that_is_not_an_image_or_is_cut_short_has_no_size()
    {
        Assert.Null(ImageSize.Read("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8));
        Assert.Null(ImageSize.Read(OutputLinks.Png(640, 480).AsSpan(0, 20)));
        Assert.Null(ImageSize.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00]));
    }
}
