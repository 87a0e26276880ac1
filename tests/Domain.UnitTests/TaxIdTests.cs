using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using Shouldly;
using Xunit;

namespace PartnerPortal.Domain.UnitTests;

public sealed class TaxIdTests
{
    [Theory]
    [InlineData("DE123456789", "DE123456789")]
    [InlineData("de 123 456 789", "DE123456789")]
    [InlineData(" de-123.456/789 ", "DE123456789")]
    [InlineData("12-3456789", "123456789")]
    [InlineData("gb_123,456\t789", "GB123456789")]
    public void Normalize_UpperCasesAndDropsSeparators(string input, string expected) =>
        TaxId.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_EmptyIsNull(string? input) => TaxId.Normalize(input).ShouldBeNull();

    [Theory]
    [InlineData("---")]
    [InlineData("DE#123")]
    [InlineData("DÉ123")]
    public void Normalize_RefusesWhatIsNotATaxId(string input) =>
        Should.Throw<DomainRuleException>(() => TaxId.Normalize(input)).Code.ShouldBe(ProblemCodes.TaxIdInvalid);

    [Fact]
    public void Normalize_RefusesTooLong() =>
        Should.Throw<DomainRuleException>(() => TaxId.Normalize(new string('1', TaxId.MaxLength + 1))).Code.ShouldBe(ProblemCodes.TaxIdInvalid);
}
