using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Hosting;

public sealed class FrothAppTests
{
    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "root-help");
    }

    [Fact]
    public async Task Should_exit_with_the_usage_code_on_an_unknown_option()
    {
        var result = await CliRun.RunAsync(["--no-such-option"]);
        result.ExitCode.ShouldBe(FrothApp.Usage);
        result.Error.ShouldContain("--no-such-option");
        result.Error.ShouldContain("froth --help");
    }

    [Fact]
    public async Task Should_reject_an_unknown_format()
    {
        var result = await CliRun.RunAsync(["--format", "xml"]);
        result.ExitCode.ShouldBe(FrothApp.Usage);
        result.Error.ShouldContain("xml");
    }
}
