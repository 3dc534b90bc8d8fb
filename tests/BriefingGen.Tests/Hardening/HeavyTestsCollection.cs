namespace BriefingGen.Tests.Hardening;

/// <summary>
/// The fuzzer and the property tests build hundreds of sites on every core. They run in this collection, alone, after
/// the tests that run in parallel, so that they do not starve timing-sensitive tests (the preview server's) of CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTestsCollection
{
    public const string Name = "Hardening: many builds";
}
