#include "tests/sim/nova_poshta/tracking_record.hpp"

#include <chrono>

#include "tests/sim/nova_poshta/kyiv_time.hpp"
#include "tests/sim/nova_poshta/status_texts.hpp"

namespace sim::nova_poshta {
namespace {

class Fields {
public:
    explicit Fields(JsonWriter& out) : out_(out) {}

    Fields& text(const char* key, const std::string& value) {
        out_.Key(key);
        out_.String(value);
        return *this;
    }
    Fields& number(const char* key, int value) {
        out_.Key(key);
        out_.Int(value);
        return *this;
    }
    Fields& decimal(const char* key, double value) {
        out_.Key(key);
        out_.Double(value);
        return *this;
    }
    Fields& flag(const char* key, bool value) {
        out_.Key(key);
        out_.Bool(value);
        return *this;
    }
    Fields& empty_list(const char* key) {
        out_.Key(key);
        out_.StartArray();
        out_.EndArray();
        return *this;
    }

private:
    JsonWriter& out_;
};

void possibilities(Fields& f) {
    f.flag("PossibilityCreateRedirecting", false)
        .flag("PossibilityCreateReturn", false)
        .flag("PossibilityCreateRefusal", false)
        .flag("PossibilityChangeEW", false)
        .flag("PossibilityChangeCash2Card", false)
        .flag("PossibilityChangeDeliveryIntervals", false)
        .flag("PossibilityTermExtension", false)
        .flag("PossibilityTrusteeRecipient", false)
        .text("TrusteeRecipientPhone", "")
        .flag("PossibilityLightReturn", false);
}

}  // namespace

void write_tracking_record(JsonWriter& out, const SimDocument& d, bool with_phone) {
    using std::chrono::days;
    using std::chrono::hours;
    const auto scheduled = d.created + days{2} + hours{4};
    const bool received = d.received.has_value();
    const auto shown = [&](const std::string& value) { return with_phone ? value : std::string(); };

    out.StartObject();
    Fields f(out);
    f.text("Number", d.number)
        .text("LightReturnNumber", "")
        .decimal("DocumentWeight", 2.5)
        .text("ServiceType", "WarehouseWarehouse")
        .text("UndeliveryReasons", "")
        .text("RecipientFullName", shown(d.recipient_name))
        .text("FactualWeight", "2.50")
        .text("MarketplacePartnerToken", "")
        .text("CounterpartySenderDescription", "Приватна особа")
        .text("InternationalDeliveryType", "")
        .text("CargoType", "Parcel")
        .text("PayerType", "Recipient")
        .text("SeatsAmount", "1")
        .text("ScheduledDeliveryDate", np_date(scheduled, NpDateFormat::day_first))
        .text("DocumentCost", d.cost)
        .text("CardMaskedNumber", "")
        .text("OwnerDocumentType", "")
        .text("ExpressWaybillPaymentStatus", received ? "Payed" : "");
    // The same field is "" in one record and a number in the next.
    if (received) {
        f.number("ExpressWaybillAmountToPay", 0).number("AfterpaymentOnGoodsCost", 0);
    } else {
        f.text("ExpressWaybillAmountToPay", "").text("AfterpaymentOnGoodsCost", "");
    }
    f.number("SumBeforeCheckWeight", 0)
        .number("CheckWeight", 0)
        .text("PaymentMethod", "Cash")
        .text("AdjustedDate", np_date(scheduled, NpDateFormat::year_first))
        .text("PhoneSender", shown("380501112233"))
        .text("TrackingUpdateDate", np_date(d.updated, NpDateFormat::year_first))
        .text("CalculatedWeight", "")
        .text("WarehouseRecipient", d.warehouse_recipient)
        .text("WarehouseSender", d.warehouse_sender)
        .text("DateCreated", np_date(d.created, NpDateFormat::day_first))
        .text("DateScan", np_date(d.updated, NpDateFormat::time_first))
        .text("DateMoving", "")
        .text("DateFirstDayStorage", np_date(scheduled + days{7}, NpDateFormat::date_only))
        .text("DatePayedKeeping", np_date(scheduled + days{7}, NpDateFormat::year_first))
        .text("RecipientAddress", shown("м. " + d.city_recipient + ", " + d.warehouse_recipient))
        .text("RecipientDateTime", received ? np_date(*d.received, NpDateFormat::dotted) : "")
        .text("RefCityRecipient", "8d5a980d-391c-11dd-90d9-001a92567626")
        .text("RefCitySender", "db5c88f5-391c-11dd-90d9-001a92567626")
        .text("RefSettlementRecipient", "e718a680-4b33-11e4-ab6d-005056801329")
        .text("RefSettlementSender", "e71abb60-4b33-11e4-ab6d-005056801329")
        .text("SenderAddress", shown("м. " + d.city_sender + ", " + d.warehouse_sender))
        .text("SenderFullNameEW", shown(d.sender_name))
        .text("ClientBarcode", "")
        .text("CitySender", d.city_sender)
        .text("CityRecipient", d.city_recipient)
        .text("CargoDescriptionString", shown("Товар"));
    if (with_phone) {
        f.number("AnnouncedPrice", 400);
    } else {
        f.text("AnnouncedPrice", "");
    }
    f.text("AdditionalInformationEW", "")
        .text("ActualDeliveryDate", np_date(scheduled, NpDateFormat::year_first))
        .text("StatusCode", d.status_code)
        .flag("PostomatV3CellReservationNumber", false)
        .text("AmountToPay", d.cost)
        .text("AmountPaid", received ? d.cost : "")
        .text("RefEW", "fc93e77f-b0b0-42ef-9fbf-" + d.number.substr(0, 12))
        .text("VolumeWeight", "0.01")
        .text("CheckWeightMethod", "")
        .text("OwnerDocumentNumber", "")
        .text("LastCreatedOnTheBasisNumber", "")
        .text("LastCreatedOnTheBasisDateTime", "")
        .text("LastTransactionDateTimeGM", "")
        .text("PaymentStatus", received ? "PAYED" : "")
        .text("PaymentStatusDate", received ? np_date(*d.received, NpDateFormat::year_first) : "")
        .text("LastAmountTransferGM", "")
        .number("LastAmountReceivedCommissionGM", 0)
        .text("LastCreatedOnTheBasisPayerType", "")
        .text("DeliveryTimeframe", "")
        .text("LastTransactionStatusGM", "")
        .text("Status", d.status)
        .number("Redelivery", 0)
        .text("RedeliveryNum", "")
        .number("RedeliverySum", 0)
        .text("RedeliveryPayer", "")
        .text("UndeliveryReasonsDate", "")
        .text("UndeliveryReasonsSubtypeDescription", "")
        .text("RecipientWarehouseTypeRef", "9a68df70-0267-42a8-bb5c-37f427e36ee4")
        .text("WarehouseRecipientInternetAddressRef", "39931ae6-e1c2-11e3-8c4a-0050568002cf")
        .number("WarehouseRecipientNumber", 1)
        .text("WarehouseRecipientRef", "a0122381-bfae-11e3-9fa0-0050568002cf")
        .text("CategoryOfWarehouse", "Branch")
        .text("WarehouseRecipientAddress", d.city_recipient + ", " + d.warehouse_recipient)
        .text("WarehouseSenderInternetAddressRef", "5abce8bb-3eb8-11e6-a9f2-005056887b8d")
        .text("WarehouseSenderAddress", d.city_sender + ", " + d.warehouse_sender)
        .text("CounterpartyType", "PrivatePerson")
        .text("CounterpartySenderType", "PrivatePerson")
        .number("AviaDelivery", 0)
        .text("BarcodeRedBox", "")
        .flag("CargoReturnRefusal", false)
        .text("DaysStorageCargo", "")
        .empty_list("Packaging")
        .empty_list("PartialReturnGoods")
        .flag("SecurePayment", false)
        .text("StorageAmount", "")
        .text("StoragePrice", "");
    possibilities(f);
    f.text("CounterpartyRecipientDescription", shown("Приватна особа"))
        .text("CreatedOnTheBasis", "")
        .text("FreeShipping", "")
        .text("InternetDocumentDescription", "")
        .text("LastCreatedOnTheBasisDocumentType", "")
        .text("LoyaltyCardRecipient", "")
        .text("LoyaltyCardSender", "")
        .text("PhoneRecipient", shown(d.phone))
        .text("RecipientFullNameEW", "")
        .text("RedeliveryPaymentCardDescription", "")
        .text("RedeliveryServiceCost", "")
        .text("RedeliveryPaymentCardRef", "");
    out.EndObject();
}

void write_not_found_record(JsonWriter& out, const std::string& number) {
    out.StartObject();
    Fields f(out);
    f.text("Number", number).text("StatusCode", "3").text("Status", status_text("3"));
    possibilities(f);
    f.flag("SecurePayment", false)
        .text("LightReturnNumber", "")
        .text("RecipientFullName", "")
        .text("CargoDescriptionString", "")
        .text("RedeliverySum", "")
        .text("RedeliveryPayer", "")
        .text("AfterpaymentOnGoodsCost", "")
        .text("LastCreatedOnTheBasisPayerType", "")
        .text("LastTransactionDateTimeGM", "")
        .text("CounterpartySenderDescription", "")
        .text("CounterpartyRecipientDescription", "")
        .text("SenderAddress", "")
        .text("RecipientAddress", "")
        .text("AnnouncedPrice", "")
        .text("RedeliveryPaymentCardRef", "")
        .text("RedeliveryPaymentCardDescription", "")
        .text("CreatedOnTheBasis", "")
        .text("ExpressWaybillPaymentStatus", "")
        .text("ExpressWaybillAmountToPay", "");
    out.EndObject();
}

}  // namespace sim::nova_poshta
