using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Json;
using Froth.Analysis.Rally;
using Froth.Analysis.Subjects;
using Froth.Testing;

namespace Froth.Analysis.Tests.Json;

/// <summary>
/// The JSON contract is the library's own records serialized by one set of options, so no hand-written mirror can
/// miss a field. This test proves it on real results: it walks each result object and its JSON side by side, and every
/// public property of every object reached must be in the JSON under its camelCase name, unless it is marked
/// <see cref="JsonIgnoreAttribute"/> or is a large table the options deliberately leave out.
/// </summary>
public sealed class FrothJsonContractTests
{
    private static Workspace Workspace() => new(new WorkspaceOptions { StorePath = "snapshot", CacheFolder = TestCache.Folder, MarketData = _ => SnapshotMarket.Value });

    [Fact]
    public void Should_write_every_property_of_the_rally_facts_of_a_basket()
    {
        using var workspace = Workspace();
        var facts = FactsQueries.Compute(workspace, SubjectResolver.Resolve(workspace, "china-ai"), new FactsRequest { AsOf = new DateOnly(2026, 7, 10), Benchmark = "HSTECH" });
        Covered(facts).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Should_write_every_property_of_a_PSY_date_stamping()
    {
        using var workspace = Workspace();
        var psy = PsyQueries.Run(workspace, SubjectResolver.Resolve(workspace, "HSTECH"), new PsyRequest { AsOf = new DateOnly(2026, 7, 10) }, cancellationToken: TestContext.Current.CancellationToken);
        Covered(psy).ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Should_find_a_property_the_JSON_lacks()
    {
        // The walker itself must be able to fail: a JSON object without one of the record's properties.
        var value = new Probe(1, "x");
        using var json = JsonDocument.Parse("""{"number":1}""");
        Should.Throw<Shouldly.ShouldAssertException>(() => Walk(value, json.RootElement, "$", 0));
    }

    private sealed record Probe(int Number, string Text);

    private static int Covered(object result)
    {
        using var json = JsonDocument.Parse(FrothJson.Serialize(result));
        return Walk(result, json.RootElement, "$", 0);
    }

    // Walks a bounded number of list items (the first three) so that series of thousands of points stay cheap.
    private static int Walk(object? value, JsonElement json, string path, int depth)
    {
        if (value is null || depth > 12)
        {
            return 0;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateOnly or DateTime or DateTimeOffset or TimeSpan or Uri)
        {
            return 1;
        }

        if (value is IDictionary dictionary)
        {
            json.ValueKind.ShouldBe(JsonValueKind.Object, path);
            return dictionary.Count;
        }

        if (value is IEnumerable items)
        {
            json.ValueKind.ShouldBe(JsonValueKind.Array, path);
            var count = 0;
            var i = 0;
            foreach (var item in items)
            {
                if (i >= 3)
                {
                    break;
                }

                count += Walk(item, json[i], $"{path}[{i}]", depth + 1);
                i++;
            }

            return count;
        }

        json.ValueKind.ShouldBe(JsonValueKind.Object, path);
        var covered = 0;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null
                || property.Name == "EqualityContract")
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!json.TryGetProperty(name, out var child))
            {
                FrothJson.Omitted.ContainsKey((property.DeclaringType!, property.Name)).ShouldBeTrue($"{path}.{name} ({type.Name}.{property.Name}) is not in the JSON");
                continue;
            }

            covered++;
            if (child.ValueKind != JsonValueKind.Null)
            {
                covered += Walk(property.GetValue(value), child, $"{path}.{name}", depth + 1);
            }
        }

        return covered;
    }
}
