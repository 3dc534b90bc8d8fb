namespace BriefingGen.Loading;

/// <summary>A file copied to the output as it is: where it is written (from the output root) and its bytes.</summary>
public sealed record AssetFile(string OutputPath, string DisplayPath, byte[] Bytes);
