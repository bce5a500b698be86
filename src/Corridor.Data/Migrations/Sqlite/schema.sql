CREATE TABLE IF NOT EXISTS "__ef_migrations_history" (
    "migration_id" TEXT NOT NULL CONSTRAINT "pk___ef_migrations_history" PRIMARY KEY,
    "product_version" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "agreements" (
    "id" TEXT NOT NULL CONSTRAINT "pk_agreements" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "seller_maker" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "until" TEXT NULL,
    "ceiling_minor" INTEGER NULL,
    "ceiling_currency" TEXT NOT NULL,
    "committed_minor" INTEGER NOT NULL,
    "delivered_minor" INTEGER NOT NULL,
    "incoterm" TEXT NOT NULL,
    "payment_currency" TEXT NOT NULL,
    "payment_terms" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "ck_agreements_committed" CHECK (committed_minor >= 0 AND delivered_minor >= 0)
);

CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_log" PRIMARY KEY AUTOINCREMENT,
    "at" INTEGER NOT NULL,
    "user_id" TEXT NULL,
    "actor" TEXT NOT NULL,
    "organisation_id" TEXT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL
);

CREATE TABLE "counterparties" (
    "id" TEXT NOT NULL CONSTRAINT "pk_counterparties" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "other_names" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "country" TEXT NULL,
    "birth_date" TEXT NULL,
    "identifiers" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL
);

CREATE TABLE "data_protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NULL,
    "xml" TEXT NULL
);

CREATE TABLE "emission_factors" (
    "mode" TEXT NOT NULL CONSTRAINT "pk_emission_factors" PRIMARY KEY,
    "grams_co2e_per_tonne_km" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "exchange_rates" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_exchange_rates" PRIMARY KEY AUTOINCREMENT,
    "base" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "landed_cost_rules" (
    "code" TEXT NOT NULL CONSTRAINT "pk_landed_cost_rules" PRIMARY KEY,
    "market" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "regime" TEXT NOT NULL,
    "hs_prefix" TEXT NOT NULL,
    "engine_cc_min" INTEGER NULL,
    "engine_cc_max" INTEGER NULL,
    "percent" TEXT NULL,
    "amount" TEXT NULL,
    "currency" TEXT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_until" TEXT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "list_snapshots" (
    "id" TEXT NOT NULL CONSTRAINT "pk_list_snapshots" PRIMARY KEY,
    "source" TEXT NOT NULL,
    "published_on" TEXT NULL,
    "content_hash" TEXT NOT NULL,
    "imported_at" INTEGER NOT NULL,
    "imported_by" TEXT NOT NULL,
    "entry_count" INTEGER NOT NULL,
    "previous_snapshot_id" TEXT NULL,
    "is_active" INTEGER NOT NULL,
    "added_count" INTEGER NOT NULL,
    "removed_count" INTEGER NOT NULL,
    "changed_count" INTEGER NOT NULL
);

CREATE TABLE "makers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_makers" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "markets" (
    "iso2" TEXT NOT NULL CONSTRAINT "pk_markets" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "customs_union" TEXT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "network_nodes" (
    "code" TEXT NOT NULL CONSTRAINT "pk_network_nodes" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "gauges" INTEGER NOT NULL,
    "handling_hours" TEXT NOT NULL,
    "transshipments" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "network_scenarios" (
    "name" TEXT NOT NULL CONSTRAINT "pk_network_scenarios" PRIMARY KEY,
    "description" TEXT NULL,
    "changes" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE TABLE "organisations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_organisations" PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE TABLE "recorded_order_lines" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_recorded_order_lines" PRIMARY KEY AUTOINCREMENT,
    "organisation_id" TEXT NOT NULL,
    "order_number" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "order_date" TEXT NOT NULL,
    "buyer" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "item_kind" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_price" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "requested_date" TEXT NULL
);

CREATE TABLE "reported_figures" (
    "key" TEXT NOT NULL CONSTRAINT "pk_reported_figures" PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "period_from" TEXT NULL,
    "period_until" TEXT NULL,
    "quote" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "requirement_kind" (
    "code" TEXT NOT NULL CONSTRAINT "pk_requirement_kind" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "satisfied_by" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "shipment_lead_times" (
    "organisation_id" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "market" TEXT NOT NULL,
    "maker" TEXT NOT NULL,
    "product_group" TEXT NOT NULL,
    "lead_days" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,
    "on_time_lines" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    CONSTRAINT "pk_shipment_lead_times" PRIMARY KEY ("organisation_id", "month", "market", "maker", "product_group", "lead_days")
);

CREATE TABLE "shipment_lines" (
    "organisation_id" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "order_no" INTEGER NOT NULL,
    "origin" TEXT NOT NULL,
    "order_date" TEXT NOT NULL,
    "ship_date" TEXT NOT NULL,
    "delivery_date" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "ship_month" INTEGER NOT NULL,
    "market" TEXT NOT NULL,
    "maker" TEXT NOT NULL,
    "item_kind" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "product_group" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "weight_kg" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "value_minor" INTEGER NOT NULL,
    "value_usd_cents" INTEGER NOT NULL,
    "route_id" INTEGER NOT NULL,
    "branch" TEXT NOT NULL,
    "lead_days" INTEGER NOT NULL,
    "on_time" INTEGER NOT NULL,
    CONSTRAINT "pk_shipment_lines" PRIMARY KEY ("organisation_id", "line_no")
);

CREATE TABLE "shipment_monthly" (
    "organisation_id" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "market" TEXT NOT NULL,
    "item_kind" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "route_id" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "maker" TEXT NOT NULL,
    "product_group" TEXT NOT NULL,
    "branch" TEXT NOT NULL,
    "lines" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "weight_kg" INTEGER NOT NULL,
    "value_minor" INTEGER NOT NULL,
    "value_usd_cents" INTEGER NOT NULL,
    "on_time_lines" INTEGER NOT NULL,
    "lead_days_sum" INTEGER NOT NULL,
    CONSTRAINT "pk_shipment_monthly" PRIMARY KEY ("organisation_id", "month", "market", "item_kind", "item_code", "route_id", "currency")
);

CREATE TABLE "shipment_routes" (
    "organisation_id" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "origin" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "branch" TEXT NOT NULL,
    CONSTRAINT "pk_shipment_routes" PRIMARY KEY ("organisation_id", "id")
);

CREATE TABLE "shipments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_shipments" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "cargo" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "due" TEXT NULL,
    "legs" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "next_leg" INTEGER NOT NULL,
    "eta" INTEGER NOT NULL,
    "late" INTEGER NOT NULL
);

CREATE TABLE "targets" (
    "id" TEXT NOT NULL CONSTRAINT "pk_targets" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "currency" TEXT NULL,
    "from" TEXT NOT NULL,
    "until" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "trade_preferences" (
    "code" TEXT NOT NULL CONSTRAINT "pk_trade_preferences" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "origin_countries" TEXT NOT NULL,
    "customs_union" TEXT NOT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_until" TEXT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "transport_services" (
    "code" TEXT NOT NULL CONSTRAINT "pk_transport_services" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "from_node" TEXT NOT NULL,
    "to_node" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "weekdays" TEXT NOT NULL,
    "departure_time" TEXT NOT NULL,
    "transit_hours" TEXT NOT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_until" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL
);

CREATE TABLE "agreement_prices" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreement_prices" PRIMARY KEY AUTOINCREMENT,
    "item_kind" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "unit_price" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "agreement_id" TEXT NULL,
    CONSTRAINT "fk_agreement_prices_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE CASCADE
);

CREATE TABLE "agreement_quantity_ceilings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreement_quantity_ceilings" PRIMARY KEY AUTOINCREMENT,
    "agreement_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "item_codes" TEXT NOT NULL,
    "product_group" TEXT NULL,
    "max_quantity" INTEGER NOT NULL,
    "committed" INTEGER NOT NULL,
    "delivered" INTEGER NOT NULL,
    CONSTRAINT "ck_quantity_ceilings_committed" CHECK (committed >= 0 AND delivered >= 0),
    CONSTRAINT "fk_agreement_quantity_ceilings_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE CASCADE
);

CREATE TABLE "ceiling_overrides" (
    "id" TEXT NOT NULL CONSTRAINT "pk_ceiling_overrides" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "order_number" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    CONSTRAINT "fk_ceiling_overrides_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE CASCADE
);

CREATE TABLE "agreement_parties" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreement_parties" PRIMARY KEY AUTOINCREMENT,
    "counterparty_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "agreement_id" TEXT NULL,
    CONSTRAINT "fk_agreement_parties_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_agreement_parties_counterparties_counterparty_id" FOREIGN KEY ("counterparty_id") REFERENCES "counterparties" ("id") ON DELETE RESTRICT
);

CREATE TABLE "orders" (
    "id" TEXT NOT NULL CONSTRAINT "pk_orders" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "agreement_id" TEXT NULL,
    "buyer_id" TEXT NOT NULL,
    "consignee_id" TEXT NULL,
    "origin_node" TEXT NOT NULL,
    "delivery_node" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "order_date" TEXT NOT NULL,
    "requested_date" TEXT NOT NULL,
    "incoterm" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "committed_minor" INTEGER NOT NULL,
    CONSTRAINT "fk_orders_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_orders_counterparties_buyer_id" FOREIGN KEY ("buyer_id") REFERENCES "counterparties" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_orders_counterparties_consignee_id" FOREIGN KEY ("consignee_id") REFERENCES "counterparties" ("id") ON DELETE RESTRICT
);

CREATE TABLE "screenings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_screenings" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "counterparty_id" TEXT NOT NULL,
    "counterparty_version" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "snapshots" TEXT NOT NULL,
    "algorithm_version" TEXT NOT NULL,
    "threshold" REAL NOT NULL,
    "screened_at" INTEGER NOT NULL,
    "hit_count" INTEGER NOT NULL,
    CONSTRAINT "fk_screenings_counterparties_counterparty_id" FOREIGN KEY ("counterparty_id") REFERENCES "counterparties" ("id") ON DELETE RESTRICT
);

CREATE TABLE "trade_partners" (
    "id" TEXT NOT NULL CONSTRAINT "pk_trade_partners" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "counterparty_id" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "address" TEXT NULL,
    CONSTRAINT "fk_trade_partners_counterparties_counterparty_id" FOREIGN KEY ("counterparty_id") REFERENCES "counterparties" ("id") ON DELETE RESTRICT
);

CREATE TABLE "list_snapshot_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_list_snapshot_entries" PRIMARY KEY,
    "snapshot_id" TEXT NOT NULL,
    "entry_key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    CONSTRAINT "fk_list_snapshot_entries_list_snapshots_snapshot_id" FOREIGN KEY ("snapshot_id") REFERENCES "list_snapshots" ("id") ON DELETE CASCADE
);

CREATE TABLE "parts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_parts" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "maker_id" TEXT NOT NULL,
    "part_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "product_group" TEXT NOT NULL,
    "hs_code" TEXT NOT NULL,
    "weight_kg" TEXT NOT NULL,
    "unit_price_amount" TEXT NULL,
    "unit_price_currency" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_parts_makers_maker_id" FOREIGN KEY ("maker_id") REFERENCES "makers" ("id") ON DELETE RESTRICT
);

CREATE TABLE "vehicle_models" (
    "id" TEXT NOT NULL CONSTRAINT "pk_vehicle_models" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "maker_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "engine_cc" INTEGER NOT NULL,
    "fuel" TEXT NOT NULL,
    "emission_class" INTEGER NOT NULL,
    "kerb_weight_kg" INTEGER NOT NULL,
    "hs_code" TEXT NOT NULL,
    "list_price_amount" TEXT NULL,
    "list_price_currency" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_vehicle_models_makers_maker_id" FOREIGN KEY ("maker_id") REFERENCES "makers" ("id") ON DELETE RESTRICT
);

CREATE TABLE "border_crossings" (
    "node" TEXT NOT NULL CONSTRAINT "pk_border_crossings" PRIMARY KEY,
    "from_country" TEXT NOT NULL,
    "to_country" TEXT NOT NULL,
    "median_delay_hours" TEXT NOT NULL,
    "p90delay_hours" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_border_crossings_network_nodes_node" FOREIGN KEY ("node") REFERENCES "network_nodes" ("code") ON DELETE RESTRICT
);

CREATE TABLE "network_links" (
    "id" TEXT NOT NULL CONSTRAINT "pk_network_links" PRIMARY KEY,
    "from_node" TEXT NOT NULL,
    "to_node" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "gauge_mm" INTEGER NULL,
    "distance_km" TEXT NOT NULL,
    "transit_hours" TEXT NOT NULL,
    "cost_per_vehicle_usd" TEXT NOT NULL,
    "cost_per_tonne_usd" TEXT NOT NULL,
    "capacity_vehicles_per_week" INTEGER NULL,
    "capacity_tonnes_per_week" TEXT NULL,
    "bidirectional" INTEGER NOT NULL,
    "branch" TEXT NOT NULL,
    "seasonal_closure" TEXT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_network_links_network_nodes_from_node" FOREIGN KEY ("from_node") REFERENCES "network_nodes" ("code") ON DELETE RESTRICT,
    CONSTRAINT "fk_network_links_network_nodes_to_node" FOREIGN KEY ("to_node") REFERENCES "network_nodes" ("code") ON DELETE RESTRICT
);

CREATE TABLE "users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_users" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "disabled" INTEGER NOT NULL,
    CONSTRAINT "fk_users_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "market_rule" (
    "id" TEXT NOT NULL CONSTRAINT "pk_market_rule" PRIMARY KEY,
    "code" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "min_emission_class" INTEGER NULL,
    "category_mask" INTEGER NOT NULL,
    "categories" TEXT NOT NULL,
    "condition" TEXT NULL,
    "origin" TEXT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_until" TEXT NULL,
    "title" TEXT NOT NULL,
    "legal_reference" TEXT NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_market_rule_markets_market" FOREIGN KEY ("market") REFERENCES "markets" ("iso2") ON DELETE RESTRICT,
    CONSTRAINT "fk_market_rule_requirement_kind_kind" FOREIGN KEY ("kind") REFERENCES "requirement_kind" ("code") ON DELETE RESTRICT
);

CREATE TABLE "shipment_route_links" (
    "organisation_id" TEXT NOT NULL,
    "route_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "link_key" TEXT NOT NULL,
    "from_code" TEXT NOT NULL,
    "to_code" TEXT NOT NULL,
    CONSTRAINT "pk_shipment_route_links" PRIMARY KEY ("organisation_id", "route_id", "seq"),
    CONSTRAINT "fk_shipment_route_links_shipment_routes_organisation_id_route_id" FOREIGN KEY ("organisation_id", "route_id") REFERENCES "shipment_routes" ("organisation_id", "id") ON DELETE CASCADE
);

CREATE TABLE "shipment_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_shipment_events" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "shipment_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "node" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "delay_hours" TEXT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_shipment_events_shipments_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE CASCADE
);

CREATE TABLE "departures" (
    "id" TEXT NOT NULL CONSTRAINT "pk_departures" PRIMARY KEY,
    "service_code" TEXT NOT NULL,
    "from_node" TEXT NOT NULL,
    "to_node" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "departs_at" INTEGER NOT NULL,
    "arrives_at" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "booked" INTEGER NOT NULL,
    CONSTRAINT "ck_departures_booked_within_capacity" CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT "fk_departures_transport_services_service_code" FOREIGN KEY ("service_code") REFERENCES "transport_services" ("code") ON DELETE RESTRICT
);

CREATE TABLE "order_lines" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_order_lines" PRIMARY KEY AUTOINCREMENT,
    "order_id" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "item_kind" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_price" TEXT NOT NULL,
    CONSTRAINT "fk_order_lines_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);

CREATE TABLE "order_transitions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_order_transitions" PRIMARY KEY AUTOINCREMENT,
    "order_id" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_order_transitions_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);

CREATE TABLE "possible_matches" (
    "id" TEXT NOT NULL CONSTRAINT "pk_possible_matches" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "screening_id" TEXT NOT NULL,
    "counterparty_id" TEXT NOT NULL,
    "counterparty_version" INTEGER NOT NULL,
    "counterparty_name" TEXT NOT NULL,
    "snapshot_id" TEXT NOT NULL,
    "entry_key" TEXT NOT NULL,
    "entry_caption" TEXT NOT NULL,
    "entry_hash" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "name_score" REAL NOT NULL,
    "explanation" TEXT NOT NULL,
    "found_at" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "decision_reason" TEXT NULL,
    "decided_by" TEXT NULL,
    "decided_at" INTEGER NULL,
    CONSTRAINT "fk_possible_matches_screenings_screening_id" FOREIGN KEY ("screening_id") REFERENCES "screenings" ("id") ON DELETE RESTRICT
);

CREATE TABLE "certificate" (
    "id" TEXT NOT NULL CONSTRAINT "pk_certificate" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issued_on" TEXT NOT NULL,
    "expires_on" TEXT NULL,
    "certified_emission_class" INTEGER NULL,
    "source" TEXT NOT NULL,
    "assumption" TEXT NULL,
    CONSTRAINT "fk_certificate_markets_market" FOREIGN KEY ("market") REFERENCES "markets" ("iso2") ON DELETE RESTRICT,
    CONSTRAINT "fk_certificate_vehicle_models_model_id" FOREIGN KEY ("model_id") REFERENCES "vehicle_models" ("id") ON DELETE RESTRICT
);

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL CONSTRAINT "pk_api_tokens" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "expires_at" INTEGER NULL,
    "revoked_at" INTEGER NULL,
    CONSTRAINT "fk_api_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "bookings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_bookings" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "departure_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "cargo" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "cancelled_at" INTEGER NULL,
    CONSTRAINT "fk_bookings_departure_departure_id" FOREIGN KEY ("departure_id") REFERENCES "departures" ("id") ON DELETE RESTRICT
);

CREATE TABLE "certificate_status_change" (
    "id" TEXT NOT NULL CONSTRAINT "pk_certificate_status_change" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "certificate_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "effective_on" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "recorded_at" INTEGER NOT NULL,
    CONSTRAINT "fk_certificate_status_change_certificate_certificate_id" FOREIGN KEY ("certificate_id") REFERENCES "certificate" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_agreement_parties_agreement_id" ON "agreement_parties" ("agreement_id");

CREATE INDEX "ix_agreement_parties_counterparty_id" ON "agreement_parties" ("counterparty_id");

CREATE INDEX "ix_agreement_prices_agreement_id" ON "agreement_prices" ("agreement_id");

CREATE INDEX "ix_agreement_quantity_ceilings_agreement_id" ON "agreement_quantity_ceilings" ("agreement_id");

CREATE INDEX "ix_agreements_organisation_id" ON "agreements" ("organisation_id");

CREATE UNIQUE INDEX "ix_agreements_organisation_id_code" ON "agreements" ("organisation_id", "code");

CREATE INDEX "ix_api_tokens_organisation_id" ON "api_tokens" ("organisation_id");

CREATE UNIQUE INDEX "ix_api_tokens_secret_hash" ON "api_tokens" ("secret_hash");

CREATE INDEX "ix_api_tokens_user_id" ON "api_tokens" ("user_id");

CREATE INDEX "ix_audit_log_entity_type_entity_key" ON "audit_log" ("entity_type", "entity_key");

CREATE INDEX "ix_audit_log_organisation_id_at" ON "audit_log" ("organisation_id", "at");

CREATE INDEX "ix_bookings_departure_id_status" ON "bookings" ("departure_id", "status");

CREATE INDEX "ix_bookings_organisation_id" ON "bookings" ("organisation_id");

CREATE INDEX "ix_ceiling_overrides_agreement_id" ON "ceiling_overrides" ("agreement_id");

CREATE INDEX "ix_ceiling_overrides_order_id" ON "ceiling_overrides" ("order_id");

CREATE INDEX "ix_ceiling_overrides_organisation_id" ON "ceiling_overrides" ("organisation_id");

CREATE INDEX "ix_certificate_market" ON "certificate" ("market");

CREATE INDEX "ix_certificate_model_id" ON "certificate" ("model_id");

CREATE INDEX "ix_certificate_organisation_id" ON "certificate" ("organisation_id");

CREATE INDEX "ix_certificate_organisation_id_expires_on" ON "certificate" ("organisation_id", "expires_on");

CREATE UNIQUE INDEX "ix_certificate_organisation_id_market_kind_number" ON "certificate" ("organisation_id", "market", "kind", "number");

CREATE INDEX "ix_certificate_status_change_certificate_id_effective_on" ON "certificate_status_change" ("certificate_id", "effective_on");

CREATE INDEX "ix_certificate_status_change_organisation_id" ON "certificate_status_change" ("organisation_id");

CREATE INDEX "ix_counterparties_organisation_id" ON "counterparties" ("organisation_id");

CREATE INDEX "ix_departures_from_node_to_node_departs_at" ON "departures" ("from_node", "to_node", "departs_at");

CREATE UNIQUE INDEX "ix_departures_service_code_departs_at" ON "departures" ("service_code", "departs_at");

CREATE UNIQUE INDEX "ix_exchange_rates_base_quote_day" ON "exchange_rates" ("base", "quote", "day");

CREATE INDEX "ix_landed_cost_rules_market_kind" ON "landed_cost_rules" ("market", "kind");

CREATE UNIQUE INDEX "ix_list_snapshot_entries_snapshot_id_entry_key" ON "list_snapshot_entries" ("snapshot_id", "entry_key");

CREATE INDEX "ix_list_snapshots_source_content_hash" ON "list_snapshots" ("source", "content_hash");

CREATE INDEX "ix_list_snapshots_source_is_active" ON "list_snapshots" ("source", "is_active");

CREATE INDEX "ix_makers_organisation_id" ON "makers" ("organisation_id");

CREATE UNIQUE INDEX "ix_makers_organisation_id_code" ON "makers" ("organisation_id", "code");

CREATE UNIQUE INDEX "ix_market_rule_code" ON "market_rule" ("code");

CREATE INDEX "ix_market_rule_kind" ON "market_rule" ("kind");

CREATE INDEX "ix_market_rule_market_valid_from" ON "market_rule" ("market", "valid_from");

CREATE UNIQUE INDEX "ix_network_links_from_node_to_node_mode" ON "network_links" ("from_node", "to_node", "mode");

CREATE INDEX "ix_network_links_to_node" ON "network_links" ("to_node");

CREATE UNIQUE INDEX "ix_order_lines_order_id_line_no" ON "order_lines" ("order_id", "line_no");

CREATE INDEX "ix_order_transitions_order_id" ON "order_transitions" ("order_id");

CREATE INDEX "ix_orders_agreement_id" ON "orders" ("agreement_id");

CREATE INDEX "ix_orders_buyer_id" ON "orders" ("buyer_id");

CREATE INDEX "ix_orders_consignee_id" ON "orders" ("consignee_id");

CREATE INDEX "ix_orders_organisation_id" ON "orders" ("organisation_id");

CREATE UNIQUE INDEX "ix_orders_organisation_id_number" ON "orders" ("organisation_id", "number");

CREATE UNIQUE INDEX "ix_organisations_code" ON "organisations" ("code");

CREATE INDEX "ix_parts_maker_id" ON "parts" ("maker_id");

CREATE INDEX "ix_parts_organisation_id" ON "parts" ("organisation_id");

CREATE UNIQUE INDEX "ix_parts_organisation_id_part_number" ON "parts" ("organisation_id", "part_number");

CREATE INDEX "ix_possible_matches_counterparty_id_status" ON "possible_matches" ("counterparty_id", "status");

CREATE INDEX "ix_possible_matches_organisation_id" ON "possible_matches" ("organisation_id");

CREATE INDEX "ix_possible_matches_screening_id" ON "possible_matches" ("screening_id");

CREATE INDEX "ix_possible_matches_status_found_at" ON "possible_matches" ("status", "found_at");

CREATE INDEX "ix_recorded_order_lines_organisation_id" ON "recorded_order_lines" ("organisation_id");

CREATE INDEX "ix_recorded_order_lines_organisation_id_order_date" ON "recorded_order_lines" ("organisation_id", "order_date");

CREATE UNIQUE INDEX "ix_recorded_order_lines_organisation_id_order_number_line_no" ON "recorded_order_lines" ("organisation_id", "order_number", "line_no");

CREATE INDEX "ix_screenings_counterparty_id_screened_at" ON "screenings" ("counterparty_id", "screened_at");

CREATE INDEX "ix_screenings_organisation_id" ON "screenings" ("organisation_id");

CREATE INDEX "ix_shipment_events_organisation_id" ON "shipment_events" ("organisation_id");

CREATE INDEX "ix_shipment_events_shipment_id" ON "shipment_events" ("shipment_id");

CREATE INDEX "ix_shipment_lead_times_organisation_id" ON "shipment_lead_times" ("organisation_id");

CREATE INDEX "ix_shipment_lines_organisation_id" ON "shipment_lines" ("organisation_id");

CREATE INDEX "ix_shipment_lines_organisation_id_ship_month_market" ON "shipment_lines" ("organisation_id", "ship_month", "market");

CREATE INDEX "ix_shipment_monthly_organisation_id" ON "shipment_monthly" ("organisation_id");

CREATE INDEX "ix_shipment_route_links_organisation_id" ON "shipment_route_links" ("organisation_id");

CREATE INDEX "ix_shipment_routes_organisation_id" ON "shipment_routes" ("organisation_id");

CREATE INDEX "ix_shipments_organisation_id" ON "shipments" ("organisation_id");

CREATE UNIQUE INDEX "ix_shipments_organisation_id_reference" ON "shipments" ("organisation_id", "reference");

CREATE INDEX "ix_targets_organisation_id" ON "targets" ("organisation_id");

CREATE UNIQUE INDEX "ix_targets_organisation_id_code" ON "targets" ("organisation_id", "code");

CREATE UNIQUE INDEX "ix_trade_partners_counterparty_id" ON "trade_partners" ("counterparty_id");

CREATE INDEX "ix_trade_partners_organisation_id" ON "trade_partners" ("organisation_id");

CREATE UNIQUE INDEX "ix_trade_partners_organisation_id_code" ON "trade_partners" ("organisation_id", "code");

CREATE UNIQUE INDEX "ix_users_email" ON "users" ("email");

CREATE INDEX "ix_users_organisation_id" ON "users" ("organisation_id");

CREATE INDEX "ix_vehicle_models_maker_id" ON "vehicle_models" ("maker_id");

CREATE INDEX "ix_vehicle_models_organisation_id" ON "vehicle_models" ("organisation_id");

CREATE UNIQUE INDEX "ix_vehicle_models_organisation_id_code" ON "vehicle_models" ("organisation_id", "code");

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261123191530_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261206135726_DataProtectionKeyXmlText', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "document_counters" (
    "organisation_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL,
    CONSTRAINT "pk_document_counters" PRIMARY KEY ("organisation_id", "type", "year"),
    CONSTRAINT "ck_document_counters_last" CHECK (last_number >= 0)
);

CREATE TABLE "documents" (
    "id" TEXT NOT NULL CONSTRAINT "pk_documents" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "order_number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content_json" TEXT NOT NULL,
    "sequence" INTEGER NULL,
    "year" INTEGER NULL,
    "revision" INTEGER NOT NULL,
    "number" TEXT NULL,
    "supersedes_id" TEXT NULL,
    "cancels_id" TEXT NULL,
    "reason" TEXT NULL,
    "snapshot_json" TEXT NULL,
    "sha256" TEXT NULL,
    "issued_at" INTEGER NULL,
    "issued_by" TEXT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE INDEX "ix_documents_cancels_id" ON "documents" ("cancels_id");

CREATE INDEX "ix_documents_organisation_id" ON "documents" ("organisation_id");

CREATE UNIQUE INDEX "ix_documents_organisation_id_number" ON "documents" ("organisation_id", "number");

CREATE INDEX "ix_documents_organisation_id_order_number" ON "documents" ("organisation_id", "order_number");

CREATE INDEX "ix_documents_supersedes_id" ON "documents" ("supersedes_id");

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207070345_DocumentsInitial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207075535_DocumentsJsonText', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "users" ADD "failed_sign_ins" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "users" ADD "locked_until" INTEGER NULL;

ALTER TABLE "organisations" ADD "is_operator" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "user_sessions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_user_sessions" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "ended_at" INTEGER NULL,
    CONSTRAINT "fk_user_sessions_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_user_sessions_organisation_id" ON "user_sessions" ("organisation_id");

CREATE INDEX "ix_user_sessions_user_id" ON "user_sessions" ("user_id");

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207080455_AccountsSessions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "documents" ADD "pdf_sha256" TEXT NULL;

CREATE TABLE "document_pdfs" (
    "document_id" TEXT NOT NULL CONSTRAINT "pk_document_pdfs" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    CONSTRAINT "fk_document_pdfs_documents_document_id" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_document_pdfs_organisation_id" ON "document_pdfs" ("organisation_id");

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207100441_DocumentsPdf', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "articles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_articles" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "published_on" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "imported_at" INTEGER NOT NULL,
    "imported_by" TEXT NOT NULL,
    "extractor_version" TEXT NULL,
    "extracted_at" INTEGER NULL
);

CREATE TABLE "reviewed_facts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_reviewed_facts" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "statement_id" TEXT NOT NULL,
    "conflict_key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "period_from" TEXT NULL,
    "period_until" TEXT NULL,
    "accepted_by" TEXT NOT NULL,
    "accepted_at" INTEGER NOT NULL
);

CREATE TABLE "fact_candidates" (
    "id" TEXT NOT NULL CONSTRAINT "pk_fact_candidates" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "sentence_start" INTEGER NOT NULL,
    "sentence_length" INTEGER NOT NULL,
    "figure_start" INTEGER NOT NULL,
    "figure_length" INTEGER NOT NULL,
    "figure_text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "bound" TEXT NOT NULL,
    "qualifier" TEXT NULL,
    "period_from" TEXT NULL,
    "period_until" TEXT NULL,
    "period_words" TEXT NULL,
    "subject" TEXT NULL,
    "subject_words" TEXT NULL,
    "subject_reason" TEXT NULL,
    "metric" TEXT NOT NULL,
    "metric_words" TEXT NULL,
    "status" TEXT NOT NULL,
    "fact_id" TEXT NULL,
    "edited" INTEGER NOT NULL,
    "reject_reason" TEXT NULL,
    "reviewed_by" TEXT NULL,
    "reviewed_at" INTEGER NULL,
    CONSTRAINT "fk_fact_candidates_articles_article_id" FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_fact_candidates_reviewed_facts_fact_id" FOREIGN KEY ("fact_id") REFERENCES "reviewed_facts" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_articles_organisation_id" ON "articles" ("organisation_id");

CREATE UNIQUE INDEX "ix_articles_organisation_id_sha256" ON "articles" ("organisation_id", "sha256");

CREATE INDEX "ix_fact_candidates_article_id_figure_start" ON "fact_candidates" ("article_id", "figure_start");

CREATE INDEX "ix_fact_candidates_fact_id" ON "fact_candidates" ("fact_id");

CREATE INDEX "ix_fact_candidates_organisation_id" ON "fact_candidates" ("organisation_id");

CREATE INDEX "ix_fact_candidates_organisation_id_status" ON "fact_candidates" ("organisation_id", "status");

CREATE INDEX "ix_reviewed_facts_organisation_id" ON "reviewed_facts" ("organisation_id");

CREATE INDEX "ix_reviewed_facts_organisation_id_conflict_key" ON "reviewed_facts" ("organisation_id", "conflict_key");

CREATE UNIQUE INDEX "ix_reviewed_facts_organisation_id_statement_id" ON "reviewed_facts" ("organisation_id", "statement_id");

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207130748_IntelligenceArticles', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "documents" ADD "credit_amount" TEXT NULL;

ALTER TABLE "documents" ADD "credit_currency" TEXT NULL;

ALTER TABLE "documents" ADD "credits_id" TEXT NULL;

CREATE INDEX "ix_documents_credits_id" ON "documents" ("credits_id");

CREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents WHEN OLD.status = 'Issued'
BEGIN SELECT RAISE(ABORT, 'an issued document is never changed (amend, cancel or credit it)'); END;
CREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents WHEN OLD.status = 'Issued'
BEGIN SELECT RAISE(ABORT, 'an issued document is never deleted (cancel it)'); END;
CREATE TRIGGER document_pdfs_no_update BEFORE UPDATE ON document_pdfs
BEGIN SELECT RAISE(ABORT, 'the PDF of an issued document is never changed'); END;
CREATE TRIGGER document_pdfs_no_delete BEFORE DELETE ON document_pdfs
BEGIN SELECT RAISE(ABORT, 'the PDF of an issued document is never deleted'); END;

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207131228_DocumentsCreditNotes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "bookings" ADD "order_id" TEXT NULL;

CREATE INDEX "ix_bookings_order_id" ON "bookings" ("order_id");

UPDATE bookings SET order_id = (
    SELECT o.id FROM orders o WHERE o.number = bookings.reference AND o.organisation_id = bookings.organisation_id)
WHERE order_id IS NULL;

INSERT INTO "__ef_migrations_history" ("migration_id", "product_version")
VALUES ('20261207211206_BookingOrderId', '10.0.15');

COMMIT;

