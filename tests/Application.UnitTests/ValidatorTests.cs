using FluentValidation.TestHelper;
using PartnerPortal.Application.Features.Accounts.ListAccounts;
using PartnerPortal.Application.Features.PartnerLevels.AddLevelParameter;
using PartnerPortal.Application.Features.PartnerLevels.CreatePartnerLevel;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;
using PartnerPortal.Application.Features.Partnerships.CreatePartnership;
using PartnerPortal.Application.Features.Partnerships.ListPartnerships;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.UnitTests;

public sealed class ValidatorTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void CreatePartnerType_WithoutName_FailsOnName()
    {
        var result = new CreatePartnerTypeValidator().TestValidate(new CreatePartnerTypeCommand("  ", null));

        result.ShouldHaveValidationErrorFor(x => x.Name);
    }

    [Fact]
    public void Messages_NameTheFieldsLabel_NotTheProperty()
    {
        new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddApplication();

        var result = new CreatePartnerLevelValidator().TestValidate(new CreatePartnerLevelCommand("Gold", null, 1, -5));

        result.ShouldHaveValidationErrorFor(x => x.TargetScore).WithErrorMessage("'Target score' must be between 0 and 1000000. You entered -5.");
        PartnerPortal.Application.Common.Validation.FieldNames.For("NumberValue").ShouldBe("Value");
        PartnerPortal.Application.Common.Validation.FieldNames.For("DisplayName").ShouldBe("Name");
        PartnerPortal.Application.Common.Validation.FieldNames.For("PartnerTypeId").ShouldBe("Partner type id");
    }

    [Fact]
    public void CreatePartnerLevel_WithNegativeTargetAndZeroNumber_FailsOnBoth()
    {
        var result = new CreatePartnerLevelValidator().TestValidate(new CreatePartnerLevelCommand("Gold", null, 0, -5));

        result.ShouldHaveValidationErrorFor(x => x.Number);
        result.ShouldHaveValidationErrorFor(x => x.TargetScore);
    }

    [Fact]
    public void AddLevelParameter_ObligationWorthNothing_FailsOnScore()
    {
        var command = new AddLevelParameterCommand(ParameterKind.Obligation, Guid.NewGuid(), ParameterValueType.Integer, 10, null, null, 0, Start, null);

        var result = new AddLevelParameterValidator().TestValidate(command);

        result.ShouldHaveValidationErrorFor(x => x.Score);
    }

    [Fact]
    public void AddLevelParameter_IntegerWithFractionAndMissingCategory_FailsOnBoth()
    {
        var command = new AddLevelParameterCommand(ParameterKind.Obligation, Guid.Empty, ParameterValueType.Integer, 2.5m, null, null, 10, Start, null);

        var result = new AddLevelParameterValidator().TestValidate(command);

        result.ShouldHaveValidationErrorFor(x => x.NumberValue);
        result.ShouldHaveValidationErrorFor(x => x.CategoryId);
    }

    [Fact]
    public void AddLevelParameter_TextObligation_FailsOnValueType()
    {
        var command = new AddLevelParameterCommand(ParameterKind.Obligation, Guid.NewGuid(), ParameterValueType.String, null, "a lot", null, 10, Start, null);

        var result = new AddLevelParameterValidator().TestValidate(command);

        result.ShouldHaveValidationErrorFor(x => x.ValueType);
    }

    [Fact]
    public void AddLevelParameter_ValidBenefit_Passes()
    {
        var command = new AddLevelParameterCommand(ParameterKind.Benefit, Guid.NewGuid(), ParameterValueType.List, null, "Partner Gold", null, 0, Start, null);

        var result = new AddLevelParameterValidator().TestValidate(command);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void CreatePartnership_DueBeforeStart_FailsOnDueDate()
    {
        var command = new CreatePartnershipCommand(Guid.NewGuid(), Guid.NewGuid(), null, null, Start, Start.AddDays(-1));

        var result = new CreatePartnershipValidator().TestValidate(command);

        result.ShouldHaveValidationErrorFor(x => x.DueDate);
    }

    [Theory]
    [InlineData("name", true)]
    [InlineData("-score", true)]
    [InlineData("password", false)]
    public void ListPartnerships_AcceptsOnlyKnownSortKeys(string sort, bool valid)
    {
        var result = new ListPartnershipsValidator().TestValidate(new ListPartnershipsQuery(new PartnershipFilter(), Sort: sort));

        result.IsValid.ShouldBe(valid);
    }

    [Fact]
    public void ListAccounts_PageSizeAboveLimit_Fails()
    {
        var result = new ListAccountsValidator().TestValidate(new ListAccountsQuery(AccountType.Partner, null, 1, 1000));

        result.ShouldHaveValidationErrorFor(x => x.PageSize);
    }
}
