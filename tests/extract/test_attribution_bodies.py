"""Bodies that are not in the registry, met the ways news copy names them: by a short name of the
text's own, by what they are, several at once, or as the author of a poll."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, extract, sources_of


def test_a_short_name_given_in_brackets_names_the_same_body_later():
    text = ("The Korea Coast Guard Agency (KCGA) said two fishing boats were seized. "
            "The defense ministry said it had sent a frigate. "
            "\"We will not tolerate it,\" a KCGA official said.")
    first = candidate_with(text, "fishing boats")
    later = candidate_with(text, "tolerate")
    assert len(first.sources) == 1 and first.sources[0] not in ("JCS", "NIS", "MND")
    assert later.sources == first.sources


def test_a_registry_source_with_its_short_name_in_brackets_after_a_dateline_is_that_source():
    text = "BUSAN, March 3 (Harbour Wire) -- Two drones crossed the border, the Joint Chiefs of Staff (JCS) said."
    assert sources_of(text, "drones") == {"JCS"}


def test_a_body_described_by_two_words_before_its_kind_is_a_source_of_its_own():
    c = candidate_with("Seoul will buy 20 more helicopters, the country's arms procurement agency said.",
                       "helicopters")
    assert len(c.sources) == 1 and c.sources[0] not in ("JCS", "MND")
    # "the ferry resumed service" is a ferry doing something, not a body called "the ferry resumed service"
    assert sources_of("The ferry resumed service, Yonhap reported.", "ferry") == {"YONHAP"}


def test_two_bodies_joined_as_the_subject_of_an_official_act_are_both_sources():
    c = candidate_with("The unification ministry and the foreign ministry jointly summoned the envoy on Friday.",
                       "envoy")
    assert "MOU" in c.sources and len(c.sources) == 2


def test_what_a_body_owns_or_operates_is_not_something_it_said():
    text = ("The coast guard said it had seized a boat. "
            "South Korea's navy currently operates nine submarines, built between 1993 and 2001.")
    assert sources_of(text, "submarines") == set()
    text = ("The JCS said the frigate had sailed. "
            "China's coast guard consists mostly of converted navy cutters and fishing militia vessels.")
    assert sources_of(text, "cutters") == set()


def test_a_company_that_did_not_respond_does_not_inherit_the_last_company_that_did():
    text = ("Hanwha said in a statement it would appeal. "
            "Doosan did not immediately respond to a request for comment.")
    assert sources_of(text, "Doosan") == set()


def test_a_poll_by_a_named_pollster_is_the_pollster_s_finding():
    c = candidate_with("A separate survey by Realmeter last month showed support falling to 38 percent.",
                       "Realmeter")
    assert len(c.sources) == 1
    assert c.source_names[c.sources[0]] == "Realmeter"
    assert len(candidate_with("A study by the Korea Development Institute found that exports slowed.",
                              "exports").sources) == 1


def test_a_leader_who_acts_and_speaks_in_a_state_media_report_is_a_source_beside_the_outlet():
    text = ("North Korean leader Kim Jong Un visited a fertiliser plant, state media reported. "
            "Kim praised the workers and said output would double by next year, the Korean Central News "
            "Agency said.")
    c = candidate_with(text, "output would double")
    assert "KCNA" in c.sources and len(c.sources) == 2


def test_a_habit_of_a_speaker_is_background_not_a_new_statement():
    text = ("Kim inspected the site and said work must speed up, KCNA said. "
            "Kim has repeatedly criticized officials over delays at such sites.")
    assert sources_of(text, "delays") == set()


def test_a_body_named_with_what_it_is_in_apposition_is_the_subject_that_spoke():
    c = candidate_with("Blockwatch, a blockchain analytics firm, estimated that the group stole $90 million.",
                       "stole")
    assert len(c.sources) == 1 and c.source_names[c.sources[0]] == "Blockwatch"


def test_the_kind_given_in_apposition_lets_a_later_sentence_refer_back_to_the_body():
    text = ("Grain prices doubled, according to Rimjin Report, a Tokyo-based outlet with contacts in the North.\n\n"
            "The outlet said traders in Sinuiju had stopped selling on credit.")
    first = candidate_with(text, "Grain prices")
    later = candidate_with(text, "traders")
    assert later.sources == first.sources and later.attribution == "inherited"


def test_a_body_known_by_its_initials_is_referred_back_to_by_a_noun_that_starts_one_of_them():
    text = ("Hackers stole $40 million from the exchange, the FBI said.\n\n"
            "The bureau said the funds were moved through mixers.")
    assert sources_of(text, "mixers") == sources_of(text, "Hackers") != set()


def test_a_report_by_a_described_outlet_is_the_outlet_s_report():
    c = candidate_with("A report by Hamgyong Today, a Seoul-based online newspaper, said farms must hand over "
                       "more grain.", "farms")
    assert len(c.sources) == 1 and c.source_names[c.sources[0]] == "Hamgyong Today"


def test_a_programme_named_in_capitals_is_a_body():
    c = candidate_with("The World Food Programme estimates that 40 percent of people are undernourished.",
                       "undernourished")
    assert len(c.sources) == 1


def test_a_body_first_met_by_its_short_name_is_referred_back_to_in_a_later_paragraph():
    text = ("Training will grow to four days, the defense ministry announced on Tuesday.\n\n"
            "The ministry estimated the change would cost 42 billion won a year.")
    assert sources_of(text, "42 billion") == {"MND"}


def test_unnamed_officials_at_a_body_described_in_lower_case_speak_for_it():
    c = candidate_with("A senior official at the presidential office, speaking on condition of anonymity, "
                       "said the plan had been approved.", "approved")
    assert len(c.sources) == 1 and c.sources[0] not in ("MND", "JCS", "NIS")


def test_a_name_that_opens_the_reported_clause_after_said_is_not_the_speaker():
    text = ("The NIS briefed lawmakers on Friday. An aide, speaking on condition of anonymity, "
            "said President Lee had approved the plan.")
    assert "PRESIDENT_LEE" not in candidate_with(text, "approved").sources
    assert not any("Lee" in name for name in candidate_with(text, "approved").source_names.values())


def test_a_foreign_minister_named_with_nationality_and_portfolio_is_a_speaker():
    c = candidate_with("Polish Defense Minister Jan Kowal told reporters in Warsaw that the deal was signed.",
                       "signed")
    assert len(c.sources) == 1 and c.sources[0] != "MND"


def test_a_lawmaker_citing_a_body_is_a_source_beside_it_and_she_is_the_lawmaker_alone():
    text = ("Rep. Oh Min-ji of the opposition party, citing a briefing from the Joint Chiefs of Staff, said the "
            "boat had drifted for an hour. She said the case showed the need for better radar.")
    said = candidate_with(text, "drifted")
    assert "JCS" in said.sources and len(said.sources) == 2
    person = next(c for c in said.sources if c != "JCS")
    assert candidate_with(text, "better radar").sources == (person,)


def test_the_subject_after_according_to_and_a_comma_is_not_a_second_source():
    assert sources_of("According to the Joint Chiefs of Staff, Navy vessels escorted the boat north.",
                      "escorted") == {"JCS"}


def test_a_body_s_history_is_background_not_its_act():
    assert sources_of("U.S. Army brigades have rotated through South Korea on nine-month tours since 2015.",
                      "rotated") == set()


def test_the_agency_that_spoke_is_preferred_to_a_bureau_it_spoke_about():
    text = ("The NIS told lawmakers that the Reconnaissance General Bureau ran the theft.\n\n"
            "The agency added that the stolen funds paid for missiles.")
    assert sources_of(text, "stolen funds") == {"NIS"}


def test_an_administration_is_an_agency_for_a_later_back_reference():
    text = ("Seoul sold 50 tanks to Norway, the Korea Defense Export Administration (KDEA) said.\n\n"
            "Hanwha will supply the engines, the agency said.")
    assert sources_of(text, "engines") == sources_of(text, "Norway") != set()


def test_bodies_listed_with_bare_commas_before_the_speaker_are_not_speakers():
    text = ("The boat was towed south, the JCS said.\n\n"
            "The crew are being questioned by a joint team from the spy agency, police and the military, "
            "the Unification Ministry said.")
    assert sources_of(text, "questioned") == {"MOU"}


def test_a_panel_of_experts_is_a_source_even_with_a_relative_clause_before_its_verb():
    c = candidate_with("A U.N. panel of experts that monitored the embargo had estimated that smuggling doubled.",
                       "smuggling")
    assert len(c.sources) == 1 and c.sources[0] not in ("UNSC",)


def test_seoul_s_central_bank_is_the_bank_of_korea_and_dod_is_the_pentagon():
    assert sources_of("Exports grew 3 percent, South Korea's central bank estimated.", "Exports") == {"BOK"}
    assert sources_of("The MND and DoD agreed to meet again in Seoul.", "agreed") == {"MND", "DOD"}


def test_a_name_described_by_which_is_a_body_even_when_it_holds_a_place():
    c = candidate_with("Japan-based Asia Press, which runs a network of reporters in the North, reported "
                       "higher prices.", "higher prices")
    assert len(c.sources) == 1 and c.source_names[c.sources[0]] == "Asia Press"


def test_two_bodies_in_capitals_joined_as_the_subject_are_both_sources():
    c = candidate_with("Both Daily NK and Rimjin Report have reported that grain shops run out of stock.",
                       "grain shops")
    assert sorted(c.source_names.values()) == ["Daily NK", "Rimjin Report"]


def test_an_outlet_that_has_seen_a_report_is_not_the_source_the_report_s_author_is():
    text = "In a confidential report seen by Harbor Wire, the International Atomic Energy Agency said the reactor was running."
    assert sources_of(text, "reactor") == {"IAEA"}


def test_a_named_body_is_the_speaker_not_the_body_its_appositive_mentions():
    text = ("The Institute for Far East Studies, a think tank affiliated with the unification ministry, said "
            "the North was likely to test again.")
    c = candidate_with(text, "test again")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Institute for Far East Studies"]


def test_a_body_introduced_by_its_kind_before_its_name_is_the_speaker():
    text = "The Tokyo-based website Korea Watch, citing satellite imagery, said the pads were built in six weeks."
    c = candidate_with(text, "six weeks")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Korea Watch"]
    text = "U.S. think tank 38 North said the pads were new."
    assert list(candidate_with(text, "pads").source_names.values()) == ["38 North"]


def test_the_author_of_an_analysis_is_named_after_by_not_after_of():
    text = ("North Korea has expanded a missile base near the border, according to a new analysis of "
            "satellite imagery by the Center for Maritime Security Studies (CMSS).")
    c = candidate_with(text, "missile base")
    assert list(c.source_names.values()) == ["Center for Maritime Security Studies"]
    text = ("North Korea has sent 15,000 workers to Russia, according to a new report by the Seoul-based "
            "monitoring group North Korea Labor Watch (NKLW).")
    assert list(candidate_with(text, "workers").source_names.values()) == ["North Korea Labor Watch"]


def test_a_headline_s_described_source_is_the_body_the_lead_names():
    text = ("Satellite imagery shows new pads at Sohae, US think tank says\n\n"
            "North Korea has built two launch pads at Sohae, according to a new analysis by the Center for "
            "Maritime Security Studies (CMSS).\n")
    headline, lead = candidate_with(text, "US think tank"), candidate_with(text, "two launch pads")
    assert headline.sources == lead.sources and headline.attribution == "explicit"
    # a registry source in the lead is not what "monitoring group" describes
    text = ("Workers still sent to Russia, monitoring group says\n\n"
            "North Korea has sent 15,000 workers to Russia, the National Intelligence Service said.\n")
    assert candidate_with(text, "monitoring group").sources == ()


def test_a_title_that_names_its_office_is_part_of_the_speaker_s_name():
    text = "\"We will respond firmly,\" said Under Secretary for Arms Control and International Security Dana Whitfield."
    c = candidate_with(text, "respond firmly")
    assert c.attribution == "explicit" and list(c.source_names.values())[0].endswith("Dana Whitfield")


def test_the_minister_of_a_registered_ministry_speaks_for_it():
    assert sources_of("Minister of National Defense Cho Young-ho stated that the military was ready.", "ready") == {"MND"}
    assert sources_of("Minister of Unification Ahn Mi-ra said talks could resume.", "talks") == {"MOU"}


def test_a_person_introduced_by_an_office_of_a_registered_body_speaks_for_it_later():
    text = ("The meeting was led by Mark Ellison, the deputy secretary of defense, and Park Ji-won, "
            "South Korea's vice minister of national defense. "
            "\"Deterrence is holding,\" Ellison told reporters. "
            "Park said Seoul wanted more bomber flights.")
    assert sources_of(text, "Deterrence") == {"DOD"}
    assert sources_of(text, "bomber flights") == {"MND"}


def test_an_office_spelled_out_in_capitals_before_a_name_belongs_to_its_body():
    assert sources_of("Assistant Secretary of Defense for Indo-Pacific Affairs Ely Ratner said the bombers "
                      "would return.", "bombers") == {"DOD"}
    assert sources_of("Defense Secretary Lena Ortiz said the carrier group would stay.", "carrier") == {"DOD"}
    assert "DOD" not in sources_of("British Defence Secretary Tom Rees said the carrier would sail.", "carrier")
    text = ("Deputy Minister for National Defense Policy Cho Chang-rae and U.S. Assistant Secretary of Defense "
            "for Space Policy John Hill opened the session. Assistant Secretary Hill said the plan was agreed.")
    assert sources_of(text, "plan was agreed") == {"DOD"}


def test_an_office_of_another_country_or_a_former_one_does_not_speak_for_the_registered_body():
    text = ("Kenji Sato, Japan's vice minister of defense, and Jeon Ha-na, a former vice minister of national "
            "defense, spoke at the forum. Sato said Tokyo was ready. Jeon said the plan was flawed.")
    assert "MND" not in sources_of(text, "Tokyo was ready")
    assert "MND" not in sources_of(text, "flawed")


def test_a_titled_member_of_a_party_speaks_for_themselves_not_for_the_party():
    text = ("Rep. Kim Dae-sung of the Democratic Party said the ministry had not briefed lawmakers. "
            "Kim said the data was incomplete.")
    first, later = candidate_with(text, "briefed"), candidate_with(text, "incomplete")
    assert list(first.source_names.values()) == ["Rep. Kim Dae-sung"]
    assert later.sources == first.sources


def test_according_to_a_person_named_after_a_lower_case_role_cites_that_person():
    text = ("It was the second such case this year, according to South Korean lawmaker Yoo Jin-ho, who cited "
            "coast guard data. Yoo said the ships stayed for three days.")
    first = candidate_with(text, "second such case")
    assert first.attribution == "explicit" and list(first.source_names.values()) == ["Yoo Jin-ho"]
    assert candidate_with(text, "three days").sources == first.sources


def test_a_board_of_a_registered_body_speaks_for_that_body_and_a_weekday_is_not_part_of_its_name():
    text = "The U.N. nuclear watchdog's Board of Governors on Thursday called on North Korea to halt enrichment."
    assert sources_of(text, "halt enrichment") == {"IAEA"}
    text = "The Korea Fisheries Council on Friday said catches fell."
    assert list(candidate_with(text, "catches").source_names.values()) == ["Korea Fisheries Council"]


def test_people_who_attended_a_meeting_are_a_source_of_their_own():
    text = ("The board adopted the statement by a large majority, two diplomats who attended the session said. "
            "Russia and China did not support it, they said.")
    first = candidate_with(text, "large majority")
    assert first.attribution == "explicit" and len(first.sources) == 1
    assert candidate_with(text, "did not support").sources == first.sources


def test_a_person_introduced_with_a_role_at_a_registered_body_later_speaks_for_it():
    text = ("The meeting was co-chaired by Kim Tae-hoon, Deputy Minister for Defense Policy of the MND, and a "
            "U.S. official. In his opening remarks, Deputy Minister Kim stated that the threat was growing.")
    assert sources_of(text, "threat was growing") == {"MND"}
    text = ("The talks were led by Lee Sun-ah, a former director of the NIS. Lee said the North was isolated.")
    assert sources_of(text, "isolated") != {"NIS"}


def test_a_person_described_as_a_group_s_director_is_a_person_whose_surname_speaks_again():
    text = ("\"Workers were locked in at night,\" said Ahn Jae-hoon, the group's director, in an interview. "
            "The Kremlin has previously denied that it employs North Korean labor. "
            "Ahn said the group had shared its findings with the UN.")
    first = candidate_with(text, "locked in")
    assert list(first.source_names.values()) == ["Ahn Jae-hoon"]
    assert candidate_with(text, "shared its findings").sources == first.sources


def test_a_body_named_by_one_word_after_the_last_comma_is_the_speaker():
    text = ("The companies used falsified cargo documents to hide the deliveries, Treasury said in a statement. "
            "Treasury said the network had delivered 610,000 barrels.")
    first, later = candidate_with(text, "falsified"), candidate_with(text, "610,000")
    assert first.attribution == "explicit" and list(first.source_names.values()) == ["Treasury"]
    assert later.sources == first.sources
    # a person met before is still that person
    text = "Professor Ahn Sung-ho said talks were unlikely. The North is waiting, Ahn said."
    assert candidate_with(text, "waiting").sources == candidate_with(text, "unlikely").sources


def test_a_word_of_a_body_s_name_met_before_is_not_taken_for_a_person_s_name():
    text = ("The Treasury Department imposed sanctions on six companies on Thursday. "
            "The firms hid the deliveries, Treasury said in a statement.")
    assert candidate_with(text, "hid the deliveries").attribution == "explicit"


def test_prosecutors_and_police_as_the_subject_are_a_source():
    c = candidate_with("Prosecutors, who had sought a life term, said they would appeal.", "appeal")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Prosecutors"]
    assert len(sources_of("Police said the two men had been detained.", "detained")) == 1


def test_a_speaker_after_an_inverted_verb_other_than_said_is_the_speaker():
    text = "\"Every battery counts,\" warned Jin Seo-hyun, a security analyst at the Sejong Institute near Seoul."
    c = candidate_with(text, "battery")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["Jin Seo-hyun"]


def test_the_north_s_state_media_is_kcna():
    text = "The exercise ended on Friday, the North's state media reported."
    assert sources_of(text, "ended on Friday") == {"KCNA"}


def test_another_country_s_ministry_with_a_registered_name_is_not_the_registered_ministry():
    text = ("Poland's Ministry of National Defence confirmed the signing in a statement. "
            "Korea's Ministry of National Defense said it would send instructors.")
    poland = candidate_with(text, "confirmed the signing")
    assert poland.attribution == "explicit" and poland.sources != ("MND",)
    assert list(poland.source_names.values()) == ["Poland's Ministry of National Defence"]
    assert sources_of(text, "instructors") == {"MND"}
    assert sources_of("Japan's Ministry of Defense said the missile fell.", "fell") == {"JMOD"}
    australia = candidate_with("Australia's Department of Defence said two frigates would join.", "frigates")
    assert australia.sources != ("DOD",) and list(australia.source_names.values()) == ["Australia's Department of Defence"]
    assert sources_of("Washington's Department of Defense said the jets would stay.", "jets") == {"DOD"}
    assert sources_of("The DPRK's Korean Central News Agency said the launch succeeded.", "launch") == {"KCNA"}
    assert sources_of("The ROK's Ministry of National Defense said the drill ended.", "drill") == {"MND"}


def test_a_body_with_its_short_name_and_a_relative_or_descriptive_aside_is_the_speaker():
    text = ("The Financial Services Commission (FSC), the country's top financial regulator, warned Monday that "
            "it would act.")
    assert list(candidate_with(text, "would act").source_names.values()) == ["Financial Services Commission"]
    text = "The Korean Red Cross, which will run the studios on the ministry's behalf, said it will begin in May."
    c = candidate_with(text, "begin in May")
    assert c.attribution == "explicit" and "MOU" not in c.sources



def test_a_ministry_whose_name_lists_portfolios_with_commas_is_one_body():
    c = candidate_with("The Ministry of Agriculture, Food and Rural Affairs said rice stocks fell 4 percent.", "rice")
    assert list(c.source_names.values()) == ["Ministry of Agriculture, Food and Rural Affairs"]


def test_a_u_n_body_described_in_lower_case_is_a_source_of_its_own():
    inquiry = candidate_with("A UN commission of inquiry found in 2019 that the camps held 80,000 people.", "camps")
    assert list(inquiry.source_names.values()) == ["UN commission of inquiry"]
    investigator = candidate_with("A U.N. human rights investigator said the camps had grown.", "grown")
    assert list(investigator.source_names.values()) == ["U.N. human rights investigator"]


def test_a_country_s_envoy_is_a_speaker_unless_the_envoy_is_named_next():
    envoy = candidate_with("Canada's envoy told the council that Ottawa would co-sponsor the text.", "co-sponsor")
    assert list(envoy.source_names.values()) == ["Canada's envoy"]
    assert sources_of("Canada's envoy, Mark Doyle, told the council the text was weak.", "weak") == {"MARK_DOYLE"}
    assert sources_of("Denmark's ambassador Lars Berg told reporters the text was weak.", "weak") == {"LARS_BERG"}


def test_a_national_statistics_body_ending_in_the_country_s_name_is_the_speaker():
    assert sources_of("Statistics Korea said on Tuesday that exports rose 3 percent.", "exports") == {"STATISTICS_KOREA"}
    assert sources_of("South Korea said on Tuesday that exports rose 3 percent.", "exports") != {"STATISTICS_KOREA"}


def test_a_headline_crediting_a_body_by_its_initials_and_the_body_named_in_full_are_one_source():
    text = ("Arms exports hit record $20b: DAPA\n\n"
            "South Korea's arms exports reached $20 billion, according to the Defense Acquisition Program "
            "Administration.\n\nPoland was the largest buyer, DAPA said.")
    headline = candidate_with(text, "Arms exports")
    lead = candidate_with(text, "reached")
    later = candidate_with(text, "Poland")
    assert headline.sources == lead.sources == later.sources == ("DAPA",)
    assert lead.source_names == {"DAPA": "Defense Acquisition Program Administration"}


def test_an_embassy_or_mission_named_with_the_city_it_sits_in_acts_as_the_subject():
    embassy = candidate_with("The Chinese Embassy in Tokyo later issued a statement on WeChat calling the visit "
                             "a provocation.", "provocation")
    assert list(embassy.source_names.values()) == ["Chinese Embassy"]
    mission = candidate_with("Iran's mission to the U.N. in Vienna rejected the findings as politically motivated.",
                             "findings")
    assert list(mission.source_names.values()) == ["Iran's mission to the U.N. in Vienna"]
    # where a body's history is told, it is not speaking
    assert sources_of("The embassy in Seoul has long warned of visa scams.", "scams") == set()


def test_a_body_named_with_its_country_in_two_ways_is_one_source_and_the_coast_guard_refers_back_to_it():
    text = ("Two fishermen were rescued off Jeju on Sunday, Seoul's coast guard said. "
            "The boat capsized in high winds, the Korea Coast Guard said in a statement. "
            "A third man is still missing, the coast guard said. "
            "A coast guard spokeswoman in Seogwipo told reporters the search would resume at dawn.")
    codes = {candidate_with(text, phrase).sources for phrase in ("Two fishermen", "capsized", "third man", "dawn")}
    assert len(codes) == 1 and len(next(iter(codes))) == 1


def test_a_body_joined_to_a_registered_one_as_the_subject_is_a_source_and_its_short_name_is_the_same_body():
    text = ("Tokyo-based security firm Redline Analytics said in a report that the attack began in June. "
            "Both the NIS and Redline said the hackers were after designs.")
    first = candidate_with(text, "began in June")
    both = candidate_with(text, "designs")
    assert both.sources == ("NIS", *first.sources)


def test_a_dateline_naming_two_cities_does_not_hide_the_subject():
    assert sources_of("SEOUL/TOKYO, Nov 3 (Reuters) - North Korea on Monday condemned the drills as a rehearsal "
                      "for invasion.", "rehearsal") == {"NORTH_KOREA"}


def test_a_country_s_intelligence_or_navy_named_by_nationality_is_a_source_of_its_own():
    headline = candidate_with("Ukrainian military intelligence says 300 soldiers died in a week", "300 soldiers")
    assert list(headline.source_names.values()) == ["Ukrainian military intelligence"]
    seized = candidate_with("MANILA (AFP) - The Philippines' navy has boarded a cargo ship off Subic, a navy "
                            "spokesman confirmed on Monday.", "boarded")
    assert list(seized.source_names.values()) == ["Philippines' navy"]


def test_a_body_of_several_words_led_by_the_is_the_subject_even_with_a_long_aside_listing_countries():
    red_cross = candidate_with("The Korean Red Cross said it had given the four men winter clothing.", "winter")
    assert list(red_cross.source_names.values()) == ["Korean Red Cross"]
    team = candidate_with("The Allied Export Control Board, set up by nine countries including South Korea, Japan "
                          "and Canada after the old regime lapsed in 2023, said the shipments broke the rules.",
                          "shipments")
    assert list(team.source_names.values()) == ["Allied Export Control Board"]
    # the aside's countries are not the subject, and a registered body keeps its code
    assert sources_of("The Joint Chiefs of Staff, which watches the border around the clock, said two drones "
                      "crossed.", "drones") == {"JCS"}
    command = candidate_with("The Combined Forces Command (CFC), which runs the drills, confirmed the dates.", "dates")
    assert list(command.source_names.values()) == ["Combined Forces Command"]


def test_a_person_described_by_a_capitalised_word_after_an_article_is_still_the_speaker():
    senator = candidate_with("Senator Ruth Calder, a Democrat from Oregon, said the request was too small.", "request")
    assert list(senator.source_names.values()) == ["Senator Ruth Calder"]
    expert = candidate_with("Noh Ji-won, a former member of the U.N. panel of experts that monitored the sanctions "
                            "until Russia vetoed its renewal in 2024, said the case fit a familiar pattern.", "pattern")
    assert list(expert.source_names.values()) == ["Noh Ji-won"]


def test_a_body_or_its_head_described_by_what_it_is_is_a_source_and_the_headline_s_description_is_the_same():
    text = ("Pacific commander warns of new missile test before year-end\n\n"
            "Washington (AFP) - The top US naval commander in the western Pacific told senators on Tuesday that "
            "North Korea could test a new missile soon.\n\n"
            "Hackers stole $2 billion in crypto this year, a multinational team monitoring sanctions on the "
            "country said on Monday.\n\n"
            "The panel said the thefts went on.")
    headline = candidate_with(text, "warns")
    lead = candidate_with(text, "senators")
    assert list(lead.source_names.values()) == ["top US naval commander in the western Pacific"]
    assert headline.sources == lead.sources and headline.attribution == "explicit"
    team = candidate_with(text, "crypto")
    assert list(team.source_names.values()) == ["multinational team monitoring sanctions on the country"]
    # a bare "the panel" is no description of a body of its own
    assert not any("PANEL" in code for code in candidate_with(text, "went on").sources)


def test_a_country_s_mission_or_embassy_speaks_for_itself_not_for_the_body_it_is_accredited_to():
    text = "North Korea's mission to the U.N. said the inspectors' report was a forgery."
    c = candidate_with(text, "forgery")
    assert c.attribution == "explicit" and "UN" not in c.sources
    assert list(c.source_names.values()) == ["North Korea's mission to the U.N."]
    for text in ("The US mission said in a statement that it would table a new draft.",
                 "The Chinese embassy in Seoul said the trawlers had left."):
        c = candidate_with(text, "said")
        assert c.attribution == "explicit" and len(c.sources) == 1


def test_a_city_government_a_ministry_of_any_portfolio_and_a_corporation_are_bodies_that_speak():
    for text in ("The Busan Metropolitan Government said it had closed two beaches.",
                 "Japan's education ministry said it had closed two schools.",
                 "Gimpo Airport Services Corp. said it had cancelled 12 flights."):
        c = candidate_with(text, "said")
        assert c.attribution == "explicit" and len(c.sources) == 1, text
    # a headline's "Government" alone is a kind of body, not a body's name
    assert sources_of("Government sends six fishermen home\n\nThe boat drifted south.", "fishermen") == set()


def test_an_official_of_a_body_known_by_its_initials_speaks_for_that_body():
    text = ("The Korea Maritime & Port Agency said two cranes had failed. "
            "\"Repairs will take a week,\" a KMPA official said.")
    assert sources_of(text, "Repairs") == sources_of(text, "two cranes")
    c = candidate_with("But a DAPA official, speaking on condition of anonymity, said the talks had stalled.", "stalled")
    assert c.attribution == "explicit" and list(c.source_names.values()) == ["DAPA"]


def test_a_corporation_is_referred_back_to_as_the_company_or_the_operator():
    text = ("Gimpo Airport Services Corp. said 12 flights were cancelled. "
            "The JCS said the balloons had come from the North. "
            "The operator said the runway reopened at midnight. "
            "The company said no one was hurt.")
    first = sources_of(text, "12 flights")
    assert sources_of(text, "runway reopened") == first and sources_of(text, "no one was hurt") == first


def test_a_bodys_people_or_craft_doing_something_are_not_the_body_speaking():
    assert sources_of("Army helicopter crashes during night drill near Cheorwon\n\nTwo pilots were hurt.",
                      "helicopter crashes") == set()
    assert sources_of("Marine Corps conscripts rescued after boat capsizes", "capsizes") == set()


def test_a_portfolio_title_held_by_someone_without_a_korean_name_is_another_countrys_office():
    text = "\u201cThe port will stay open,\u201d Defence Minister Tomasz Wrobel told reporters in Gdansk."
    c = candidate_with(text, "port will stay open")
    assert "MND" not in c.sources and c.attribution == "explicit"
    assert sources_of("Defense Minister Ahn Gyu-back said the drills would go ahead.", "drills") == {"MND"}


def test_an_outlet_named_by_a_word_and_initials_is_one_body():
    for text in ("KP Monitor said the market had reopened.", "Rice prices doubled in Hyesan, Radio KP reported.",
                 "Radio KP said the market had reopened."):
        c = extract(text)[0]
        assert c.attribution == "explicit" and len(c.sources) == 1, text
        assert c.sources[0] != "KP", text


def test_a_body_described_then_named_between_commas_is_the_subject():
    text = "A Busan-based fishing group, Open Waters for Korea, said its boats had been turned back."
    c = candidate_with(text, "turned back")
    assert c.attribution == "explicit" and len(c.sources) == 1 and "BUSAN" not in c.sources[0]


def test_a_short_name_given_in_brackets_with_the_body_s_head_names_the_same_body_later():
    text = ("The Ministry of Harbours and Shipping (MOHAS, Minister Seo Hae-won) said the harbour would reopen. "
            "A MOHAS official said repairs would take a week.")
    first, later = candidate_with(text, "harbour"), candidate_with(text, "repairs")
    assert len(first.sources) == 1 and later.sources == first.sources


def test_the_local_coast_guard_or_police_of_a_place_is_a_body_of_its_own():
    text = ("A Korea Coast Guard cutter towed the trawler to port, the Mokpo coast guard said.\n\n"
            "Two crew members were questioned overnight, Mokpo police said.")
    coast_guard, police = candidate_with(text, "towed the trawler"), candidate_with(text, "questioned overnight")
    assert coast_guard.attribution == "explicit" and police.attribution == "explicit"
    assert len(coast_guard.sources) == 1 and len(police.sources) == 1 and coast_guard.sources != police.sources
    assert "Mokpo" in coast_guard.source_names[coast_guard.sources[0]]


def test_officials_of_a_body_named_only_by_its_kind_after_the_claim_speak_for_it():
    c = candidate_with("Training hours will double next year, Marine Corps officials said.", "Training hours")
    assert c.attribution == "explicit" and len(c.sources) == 1
