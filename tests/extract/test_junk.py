"""Scrape junk: flagged by its shape, its place at the end and its unrelated vocabulary."""
from __future__ import annotations

import pytest

from tests.extract.helpers import candidate_with, extract

BODY = ("North Korea fires ballistic missiles into East Sea, JCS says\n\n"
        "SEOUL, May 9 -- North Korea fired two short-range ballistic missiles into the East Sea on Thursday, "
        "South Korea's Joint Chiefs of Staff said. The missiles flew about 350 kilometers before falling into "
        "the sea, the Joint Chiefs added.\n\n"
        "Japan's defense ministry said the missiles landed outside its exclusive economic zone. North Korea has "
        "launched ballistic missiles six times this year in defiance of UN sanctions.\n\n")


@pytest.mark.parametrize("junk", [
    "Read more: Why satellite imagery firms are booming",
    "Sign up for the Morning Dispatch to get the day's top stories by 6 a.m.",
    "Subscribe to our newsletter",
    "Copyright © 2025 Harbor Point News Service. All rights reserved.",
    "Watch: Five hidden noodle shops in Busan's old port | CityBites TV",
    "Follow Harbor Point World on X for breaking news alerts",
    "Advertisement",
    "[속보] 수도권 첫 한파주의보…내일 아침 서울 영하 12도",
    "ⓒ 한빛뉴스, 무단전재 및 재배포 금지",
    "기자 구독하고 새 기사 알림 받기 ▶",
    "기사 제보 및 문의: 박민지 기자 minji@econ-daily.example",
    "#북한 #미사일 #합참 #동해",
    "#NorthKorea #Missiles",
    "[사진 출처: 연합뉴스 제공 / 자료사진]",
    "Photo: Lee Jin-man / Harbor Point",
    "Keywords #North Korea #missile launch #East Sea",
    "Our Standards: The Harbor Point Trust Principles.",
    "(LEAD) Seoul to summon envoy over missile launch",
    "(2nd LD) Japan protests missile launch",
    "Log in to leave a comment",
])
def test_a_trailing_line_with_the_shape_of_junk_is_flagged(junk):
    candidates = extract(BODY + junk + "\n")
    tail = [c for c in candidates if c.start >= len(BODY)]
    assert tail and all(c.boilerplate and c.sources == () and c.attribution == "none" for c in tail)
    assert not any(c.boilerplate for c in candidates if c.start < len(BODY))


def test_an_unrelated_trailing_headline_is_flagged_even_with_a_reporting_verb():
    c = candidate_with(BODY + "Coach Ryu says injured striker will be fit for Saturday's derby\n", "Coach Ryu")
    assert c.boilerplate and c.sources == ()


def test_unrelated_sentences_glued_to_certain_junk_at_the_end_are_flagged():
    text = BODY.rstrip() + (" Sen. Joe Manchin says he believes the Senate is “not going to let the filibuster "
                            "blow apart.” How Israel’s Mossad tricked Hezbollah into buying pagers | 60 Minutes. In "
                            "Asheville, N.C., gingerbread houses reflect community spirit.")
    flags = {c.text[:12]: c.boilerplate for c in extract(text)}
    assert flags["Sen. Joe Man"] and flags["How Israel’s"] and flags["In Asheville"]
    assert not flags["North Korea "] and not flags["Japan's defe"]


def test_a_plural_section_label_glued_after_a_closing_quote_is_junk():
    text = BODY.rstrip() + (' "The launch was a message to Washington," said Lee Min-su, a researcher. '
                            "Videos: Snow blankets the temples of Gyeongju for the new year.")
    flags = {c.text[:12]: c.boilerplate for c in extract(text)}
    assert flags["Videos: Snow"] and not flags['"The launch ']


def test_a_related_last_sentence_is_not_junk_even_when_short():
    text = BODY + "Pyongyang has not commented on the launch.\n"
    assert not any(c.boilerplate for c in extract(text))


def test_a_low_overlap_sentence_inside_the_body_is_not_junk():
    text = BODY.rstrip() + " Some analysts believe Russia supplied engine technology for artillery shells.\n\nWatch: Noodles | TV\n"
    flags = [c.boilerplate for c in extract(text)]
    assert flags[-1] and not any(flags[:-1])


def test_a_short_article_is_never_junk_without_the_shape_of_junk():
    assert not any(c.boilerplate for c in extract("Kim visits factory\n\nKim Jong Un visited a factory."))


def test_a_sentence_reporting_in_the_past_tense_before_glued_junk_stays_in_the_body():
    text = (BODY + "A soldier crossed the border near the coast on Friday, the Joint Chiefs said. Officials said "
            "the route he took lay outside the newly mined areas. Ferry fares rise for the first time in a decade. "
            "Opinion: The slow decline of the corner bakery. Copyright 2025 Westgate Media.")
    flags = {c.text: c.boilerplate for c in extract(text)}
    assert flags["Officials said the route he took lay outside the newly mined areas."] is False
    assert flags["Ferry fares rise for the first time in a decade."] is True
    assert flags["Opinion: The slow decline of the corner bakery."] is True


def test_an_unrelated_line_ending_in_a_full_stop_beside_a_junk_line_is_flagged():
    text = BODY + "Our Promise: Independent Journalism Since 1998.\nRelated: Ten cafes worth the trip to Jeju\n"
    c = candidate_with(text, "Our Promise")
    assert c.boilerplate and c.sources == ()


@pytest.mark.parametrize("junk", [
    "More from Business: Hyundai unveils $2 bln battery plant in Georgia",
    "Most read on Harbor Wire today",
    "Comments (0) | Log in to join the discussion",
    "Market data provided by ICE Data Services. Delayed by 15 minutes.",
])
def test_navigation_reader_prompts_and_data_credits_are_junk(junk):
    candidates = extract(BODY + junk + "\n")
    assert all(c.boilerplate for c in candidates if c.start >= len(BODY))


def test_a_short_junk_line_of_several_sentences_is_junk_as_a_whole():
    text = BODY + "Subscribe for $1 a week. Cancel anytime.\nWas this article helpful? Yes / No\n"
    tail = [c for c in extract(text) if c.start >= len(BODY)]
    assert len(tail) == 4 and all(c.boilerplate for c in tail)


def test_a_tag_list_at_the_end_is_junk():
    text = ("Satellite fails to reach orbit\n\nThe rocket broke apart minutes after launch, the JCS said.\n\n"
            "Tags: rockets, Sohae, space")
    assert [c.boilerplate for c in extract(text)] == [False, False, True]


def test_junk_glued_without_a_space_after_the_last_sentence_is_split_off_and_flagged():
    text = ("Satellite fails to reach orbit\n\nThe rocket broke apart minutes after launch, the JCS said. "
            "Debris fell into the sea west of Gunsan.Video: Watch the moment the booster exploded (1:02)")
    flags = {c.text: c.boilerplate for c in extract(text)}
    assert flags["Debris fell into the sea west of Gunsan."] is False
    assert flags["Video: Watch the moment the booster exploded (1:02)"] is True


def test_background_glued_before_junk_that_shares_the_article_s_words_is_body():
    text = (BODY.rstrip() + " The East Sea, where such missiles often land, is among the busiest fishing "
            "grounds in the region. Chef Baek says the secret to perfect stew is patience. "
            "Watch: The last ferry to Ulleungdo | Coastline Diaries.\n")
    assert not candidate_with(text, "busiest fishing").boilerplate
    assert candidate_with(text, "Chef Baek").boilerplate


def test_a_press_release_s_contact_and_attachment_lines_are_junk():
    text = ("The ministry will repatriate the six crew on Friday.\n\n"
            "For inquiries: Humanitarian Division, Ministry of Unification (+82-2-2100-0000)\n"
            "Attachment: Map of the route (1 page)\n")
    flagged = {c.text for c in extract(text) if c.boilerplate}
    assert flagged == {"For inquiries: Humanitarian Division, Ministry of Unification (+82-2-2100-0000)",
                       "Attachment: Map of the route (1 page)"}


def test_a_body_sentence_about_data_supplied_by_agencies_is_not_a_data_credit():
    text = BODY + ("He cautioned that the figures were based on data supplied by other agencies and should "
                   "be read with care.\n")
    assert not candidate_with(text, "He cautioned").boilerplate


def test_a_wire_s_story_tag_opening_the_headline_is_not_junk():
    text = "(LEAD) N. Korea fires two missiles, JCS says\n\n" + BODY.split("\n\n", 1)[1]
    assert not any(c.boilerplate for c in extract(text))


def test_a_numbered_list_of_other_stories_after_a_most_read_label_is_junk():
    body = ("북한, 동해상으로 탄도미사일 발사\n\n"
            "북한이 9일 동해상으로 단거리 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다. "
            "합참은 미사일이 약 350㎞를 비행했다고 설명했다. 일본 방위성은 미사일이 배타적경제수역 밖에 "
            "떨어진 것으로 추정된다고 발표했다.\n\n"
            "북한의 탄도미사일 발사는 올해 들어 여섯 번째로, 유엔 안전보장이사회 결의 위반이다. 군 당국은 "
            "추가 도발 가능성에 대비해 감시와 경계를 강화하고 있다고 덧붙였다.\n\n")
    junk = "이 시각 많이 본 뉴스\n1. 가수 윤하람, 새 앨범 발매…\"팬들에게 감사\"\n2. 내일 전국 비…기온 뚝\n"
    candidates = extract(body + junk)
    tail = [c for c in candidates if c.start >= len(body)]
    assert [c.text for c in tail] == ["이 시각 많이 본 뉴스", "1. 가수 윤하람, 새 앨범 발매…\"팬들에게 감사\"",
                                      "2. 내일 전국 비…기온 뚝"]
    assert all(c.boilerplate for c in tail)
    assert not any(c.boilerplate for c in candidates if c.start < len(body))


def test_a_line_that_shows_nothing_is_junk_wherever_it_stands():
    text = "Satellite fails to reach orbit\n\n\u200b\u200b\n\nThe rocket broke apart after launch, the JCS said.\n"
    flags = [(c.text, c.boilerplate) for c in extract(text)]
    assert flags == [("Satellite fails to reach orbit", False), ("\u200b\u200b", True),
                     ("The rocket broke apart after launch, the JCS said.", False)]


def test_a_release_s_closing_contact_line_is_junk_though_it_has_no_colon():
    text = ("Ministry commissions new submarine\n\n"
            "The Ministry of National Defense announced that the Navy commissioned its newest submarine on Tuesday "
            "at Jinhae, with about 300 guests attending the ceremony and the minister presiding over it.\n\n"
            "The submarine is the first of three boats of its class and carries vertical launch tubes for "
            "ballistic missiles, according to the arms procurement agency, which oversaw its construction.\n\n"
            "For further information, please contact the Spokesperson's Office, Ministry of National Defense.\n")
    assert candidate_with(text, "For further information").boilerplate


@pytest.mark.parametrize("caption", [
    "Soldiers unload supplies at a port in Incheon on Monday. (Photo by Handout / ROK NAVY / AFP) / "
    "RESTRICTED TO EDITORIAL USE",
    "A woman watches a news broadcast about the launch at Seoul Station (AFP photo / Jin SEO)",
    "This image, released by the Korean Central News Agency on May 8, shows the missile lifting off. "
    "(For Use Only in the Republic of Korea. No Redistribution) (Yonhap)",
    "합참 관계자가 9일 서울 용산구 국방부에서 발사 상황을 설명하고 있다. 2025.5.9/뉴스1",
    "국방부 장관이 9일 부대를 방문해 장병들을 격려하고 있다. 국방부 제공",
])
def test_a_photo_caption_closed_by_its_credit_is_junk_even_in_the_middle_of_the_article(caption):
    text = BODY.replace("\n\nJapan's", f"\n\n{caption}\n\nJapan's")
    flagged = [c for c in extract(text) if c.boilerplate]
    assert " ".join(c.text for c in flagged) == caption
    assert not candidate_with(text, "exclusive economic zone").boilerplate


def test_a_reporter_s_credit_line_is_junk():
    text = BODY + "Staff writer Han Ji-won in Busan contributed to this report."
    assert candidate_with(text, "contributed").boilerplate
    text = BODY + "(Reporting by Park Se-ri in Seoul and Tom Ilves in Tallinn; Editing by Ruth Abara)"
    assert candidate_with(text, "Reporting by").boilerplate
    text = BODY + "Reporting by Park Se-ri in Seoul\nAdditional reporting by Tom Ilves\nEditing by Ruth Abara\n"
    assert all(candidate_with(text, credit).boilerplate for credit in ("Reporting by", "Additional", "Editing"))


def test_a_help_notice_addressed_to_the_reader_is_junk():
    text = BODY + "If you or a loved one you know is in crisis, please call the counseling line at 1577-0199.\n"
    assert candidate_with(text, "in crisis").boilerplate
    text = BODY + "Those who need support can get it: please call the 24-hour helpline on 1393.\n"
    assert candidate_with(text, "helpline").boilerplate


def test_a_related_headline_below_the_byline_or_a_share_bar_is_junk_though_it_shares_the_article_s_words():
    text = (BODY + "BY KIM SO-YEON [kim.soyeon@harbor-daily.example]\n"
            "N. Korea fires 2.5 missiles a month on average, JCS data show\n"
            "Share on Facebook | Share on X | Copy link\n"
            "Japan's defense ministry to add two Aegis ships by 2028")
    for line in ("fires 2.5 missiles", "Aegis ships"):
        assert candidate_with(text, line).boilerplate
    assert not candidate_with(text, "six times this year").boilerplate


def test_a_newsletter_prompt_split_into_two_sentences_is_junk():
    text = BODY + "Morning Brief: the day's top stories, straight to your inbox. Sign up here."
    assert candidate_with(text, "Morning Brief").boilerplate and candidate_with(text, "Sign up here").boilerplate
