using Froth.Cli.Hosting;

namespace Froth.Cli.Tests.Hosting;

public sealed class StoreLocationTests
{
    private static CliEnvironment Env(params (string Name, string Value)[] vars) => new()
    {
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        CurrentDirectory = "/home/analyst/work",
        Variable = n => vars.FirstOrDefault(v => v.Name == n).Value,
    };

    [Fact]
    public void Should_prefer_the_option_over_the_environment()
    {
        StoreLocation.Resolve("my.duckdb", Env(("FROTH_STORE", "/tmp/env.duckdb")))
            .ShouldBe("/home/analyst/work/my.duckdb");
    }

    [Fact]
    public void Should_use_FROTH_STORE_when_no_option_is_given()
    {
        StoreLocation.Resolve(null, Env(("FROTH_STORE", "/tmp/env.duckdb"))).ShouldBe("/tmp/env.duckdb");
    }

    [Fact]
    public void Should_default_to_the_user_data_folder()
    {
        StoreLocation.Resolve(null, Env(("XDG_DATA_HOME", "/home/analyst/.local/share")))
            .ShouldBe("/home/analyst/.local/share/froth/froth.duckdb");
    }
}
