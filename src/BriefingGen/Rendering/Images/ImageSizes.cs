using System.Collections.Concurrent;
using BriefingGen.Loading;

namespace BriefingGen.Rendering.Images;

/// <summary>The sizes of the build's image files, by output path, each read from its header the first time a page shows it.</summary>
public sealed class ImageSizes(IReadOnlyList<AssetFile> assets)
{
    public static ImageSizes None { get; } = new([]);

    private readonly Dictionary<string, AssetFile> _byPath = assets.ToDictionary(a => a.OutputPath, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImageSize?> _sizes = new(StringComparer.Ordinal);

    /// <summary>The size of the image written at <paramref name="outputPath"/>, or null when there is none or its header gives none (an SVG).</summary>
    public ImageSize? Of(string outputPath) =>
        _byPath.TryGetValue(outputPath, out var file) ? _sizes.GetOrAdd(outputPath, _ => ImageSize.Read(file.Bytes)) : null;
}
