using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Froth.Cli.Hosting;
using Froth.Reports.Building;

namespace Froth.Cli.Tests;

/// <summary>
/// The layers of docs/architecture.md, checked on the compiled assemblies: the consumers (the CLI, the report
/// builder and the claim checker) reach the store and the cache only through the analysis layer. The check reads every type the assembly
/// references from its metadata, so a use anywhere (a field, a local, a call) counts, not just a using directive.
/// </summary>
public sealed class ArchitectureTests
{
    // The store's and the cache's own types: opening, writing and reading them is the analysis layer's job. The store's
    // records that describe an import (ImportOptions, ImportProgress, ValueRevision…) are data the consumers render.
    private static readonly string[] Forbidden =
    [
        "Froth.Data.Store.FrothStore",
        "Froth.Data.Store.StoreMarketData",
        "Froth.Data.Store.StoreImporter",
        "Froth.Data.Cache.",
        "Froth.Data.Sources.Online.ResponseCache",
        "DuckDB.",
    ];

    public static TheoryData<string> Consumers => new() { "Froth.Cli", "Froth.Reports", "Froth.Claims" };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Should_reach_the_store_and_the_cache_only_through_the_analysis_layer(string assembly)
    {
        var references = ReferencedTypes(assembly);
        references.Count.ShouldBeGreaterThan(50, "the metadata reader found the assembly's type references");
        references.Where(t => Forbidden.Any(f => t.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void Should_see_a_forbidden_reference_where_there_is_one()
    {
        // The analysis layer itself opens the store: the same reader must find it there, or the test above proves nothing.
        ReferencedTypes("Froth.Analysis").ShouldContain("Froth.Data.Store.StoreMarketData");
    }

    [Fact]
    public void Should_keep_the_report_builder_off_the_data_layer_s_readers()
    {
        // The report is a pure builder over typed inputs: no file layouts, no symbol files, no market data reads.
        ReferencedTypes("Froth.Reports").Where(t => t.StartsWith("Froth.Data.Sources.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static HashSet<string> ReferencedTypes(string assembly)
    {
        var location = assembly switch
        {
            "Froth.Cli" => typeof(FrothApp).Assembly.Location,
            "Froth.Reports" => typeof(ReportBuilder).Assembly.Location,
            "Froth.Claims" => typeof(Froth.Claims.ClaimChecker).Assembly.Location,
            _ => typeof(Froth.Analysis.Workspace).Assembly.Location,
        };
        using var stream = File.OpenRead(location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var ns = reader.GetString(type.Namespace);
            names.Add(ns.Length > 0 ? $"{ns}.{reader.GetString(type.Name)}" : reader.GetString(type.Name));
        }

        return names;
    }
}
