import type { Localized } from '@fieldloop/platform';
import { type PersonalityType } from './personality.enums';

export interface PersonalityText {
  name: string;
  traits: string[];
  behaviours: string[];
  approach: string[];
}

/**
 * Signs and advised approach (特征 / 行为表现 / 如何应对) for each type, from the training
 * material (seed 002), shown to the account manager before a visit.
 */
export const PERSONALITY_CATALOGUE: Record<PersonalityType, Localized<PersonalityText>> = {
  FRIENDLY_OUTGOING: {
    ZH_CN: {
      name: '友善外向型',
      traits: ['热情的', '自信的', '爱讲话', '对人友善', '具有幽默感'],
      behaviours: ['说话较多', '对你表示欢迎', '但避免谈到生意', '喜欢友善行为', '容易感情用事', '不会把握时间', '不关心时间和计划'],
      approach: [
        '以友善对友善,以热情对热情',
        '经常向他发问,迫使他回答是或不是',
        '引导他谈论生意',
        '摆出很在乎他的样子',
        '与此同时加强感情联络',
      ],
    },
    EN: {
      name: 'Friendly and outgoing',
      traits: ['warm', 'self-confident', 'talkative', 'friendly', 'good sense of humour'],
      behaviours: [
        'talks a lot',
        'makes you welcome',
        'but steers away from business',
        'likes friendly gestures',
        'easily led by feelings',
        'loses track of time',
        'cares little for time and plans',
      ],
      approach: [
        'meet friendliness with friendliness and warmth with warmth',
        'ask frequent questions that need a yes or no',
        'steer the talk to business',
        'show that you care about them',
        'keep building the relationship',
      ],
    },
  },
  INDECISIVE: {
    ZH_CN: {
      name: '优柔寡断型',
      traits: ['害羞的', '紧张的', '多疑的', '缺乏信心的', '迟疑忧虑的'],
      behaviours: ['说话不多', '易受威吓', '很难做出决定', '太注意游戏规则', '避重就轻', '要求承诺于将来', '要求很多资料'],
      approach: [
        '要有耐心',
        '要善于肯定对方',
        '善于处理所有反对理由',
        '适当给予承诺',
        '指出立刻决定的好处和拖延决定的坏处',
        '多用实际行动感动他',
        '适当用点激将法',
      ],
    },
    EN: {
      name: 'Indecisive',
      traits: ['shy', 'nervous', 'suspicious', 'lacking confidence', 'hesitant and anxious'],
      behaviours: [
        'says little',
        'easily intimidated',
        'finds it hard to decide',
        'fixed on the rules',
        'avoids the main point',
        'asks for promises about the future',
        'asks for a lot of material',
      ],
      approach: [
        'be patient',
        'affirm them',
        'answer every objection',
        'make measured commitments',
        'show the gain of deciding now and the cost of waiting',
        'win them over with deeds',
        'a gentle challenge can help',
      ],
    },
  },
  TOUGH: {
    ZH_CN: {
      name: '顽强型',
      traits: ['坚决的', '激烈的', '竞争的', '倔强的', '自尊心强的', '不信任人的'],
      behaviours: ['爱讨价还价', '总是要求折扣', '千方百计使你感觉他的重要性', '很难有机会让你说话', '喜欢插嘴'],
      approach: ['要有很好的思想准备', '保持冷静', '注意倾听', '迎合他的见解', '夸赞他', '用实际行动感动他'],
    },
    EN: {
      name: 'Tough',
      traits: ['determined', 'intense', 'competitive', 'stubborn', 'proud', 'distrustful'],
      behaviours: ['haggles', 'always asks for discounts', 'makes you feel how important they are', 'rarely lets you speak', 'interrupts'],
      approach: [
        'come well prepared',
        'stay calm',
        'listen carefully',
        'go along with their views',
        'praise them',
        'win them over with deeds',
      ],
    },
  },
  KNOW_IT_ALL: {
    ZH_CN: {
      name: '万事通型',
      traits: ['自吹自擂的', '顽固拒绝的', '坚持己见的'],
      behaviours: [
        '表现他什么都懂',
        '有很强的优越感',
        '想叫你怎么做你就得怎么做',
        '自夸与吹牛',
        '常使用不当的反对理由',
        '时常怀疑你的诚意',
        '时常批评你',
      ],
      approach: ['迎合他的见解,夸赞他', '接受他的批评,但要坚持自己的推销介绍', '不要生气,保持冷静', '坚持实际,不要反驳'],
    },
    EN: {
      name: 'Know-it-all',
      traits: ['boastful', 'stubbornly dismissive', 'opinionated'],
      behaviours: [
        'acts as if they know everything',
        'strong sense of superiority',
        'expects you to do as told',
        'brags',
        'raises unfounded objections',
        'doubts your sincerity',
        'criticises you often',
      ],
      approach: [
        'go along with their views and praise them',
        'accept criticism but keep to your presentation',
        'do not get angry, stay calm',
        'stick to facts, do not argue back',
      ],
    },
  },
  ARGUMENTATIVE: {
    ZH_CN: {
      name: '强词夺理型',
      traits: ['独断的', '嘲讽的', '易怒的', '冲动的', '自持的', '坚持己见的', '不服输的'],
      behaviours: [
        '喜欢强词夺理',
        '对你不感兴趣',
        '排斥你和你的产品',
        '喜欢做人身攻击',
        '经常向你的经理投诉',
        '喜欢大声呼喝',
        '试图威胁',
        '埋怨你浪费他的时间',
      ],
      approach: [
        '倾听',
        '保持冷静',
        '不要反驳',
        '不要以个人立场处理事情',
        '胶着在关键上',
        '集中在同意的事务上',
        '微笑和愉快的对待',
        '以逻辑去说服,不要感情用事',
      ],
    },
    EN: {
      name: 'Argumentative',
      traits: ['domineering', 'sarcastic', 'irritable', 'impulsive', 'self-assured', 'opinionated', 'hates to lose'],
      behaviours: [
        'argues unreasonably',
        'shows no interest in you',
        'rejects you and your products',
        'makes personal attacks',
        'often complains to your manager',
        'shouts',
        'tries to threaten',
        'says you waste their time',
      ],
      approach: [
        'listen',
        'stay calm',
        'do not argue back',
        'do not take it personally',
        'hold on to the key point',
        'focus on what you agree on',
        'smile and stay pleasant',
        'persuade with logic, not feelings',
      ],
    },
  },
  CONSTRUCTIVE: {
    ZH_CN: {
      name: '思想积极型',
      traits: ['建设性的', '感兴趣的', '讲理的', '果断的', '智慧的', '自足的', '热心的', '关心人的', '未雨绸缪的'],
      behaviours: ['提出实际问题', '提出合理的反对理由', '爱倾听', '喜欢提出有建设性的意见', '是实际公平的谈判者'],
      approach: [
        '用诚实的态度对待',
        '执行访问的步骤',
        '要机智灵敏',
        '要有超出常规的反对意见',
        '不要认为是理所当然的顾客',
        '合理接受他提出的意见,并且反映得体',
      ],
    },
    EN: {
      name: 'Constructive',
      traits: ['constructive', 'interested', 'reasonable', 'decisive', 'wise', 'self-reliant', 'enthusiastic', 'caring', 'plans ahead'],
      behaviours: [
        'asks practical questions',
        'raises reasonable objections',
        'listens well',
        'offers constructive suggestions',
        'negotiates fairly and practically',
      ],
      approach: [
        'be honest',
        'follow the visit steps',
        'be quick and tactful',
        'be ready for unusual objections',
        'never take them for granted',
        'accept their reasonable suggestions and respond properly',
      ],
    },
  },
  SILENT: {
    ZH_CN: {
      name: '不声不响型',
      traits: ['不太容易沟通', '不太容易亲近', '有点像海棉', '无感情的', '严肃的', '不大说话的'],
      behaviours: ['不肯发表意见', '好的听众', '避免回答问题', '看来很吹毛求疵', '不愿提出反对理由'],
      approach: [
        '请他发问',
        '以沉默来迫使他回答',
        '尽可能多做事前研究',
        '以正确的速度进行销售的步骤',
        '尝试一种试验性的结束',
        '要友善对待',
      ],
    },
    EN: {
      name: 'Silent',
      traits: ['hard to talk to', 'hard to get close to', 'sponge-like', 'unemotional', 'serious', 'says little'],
      behaviours: ['keeps opinions to themselves', 'a good listener', 'avoids answering', 'seems nit-picking', 'does not voice objections'],
      approach: [
        'invite their questions',
        'use silence to draw an answer',
        'research as much as possible beforehand',
        'move through the sale at the right pace',
        'try a trial close',
        'stay friendly',
      ],
    },
  },
  NEGATIVE: {
    ZH_CN: {
      name: '消极主义型',
      traits: ['传统的', '不太聪明的', '缺乏信心的', '不愿冒险的', '不太有想象力的', '受规则约束的', '把改变看成威胁的', '态度消极的'],
      behaviours: ['不受新思想诱惑', '关心细节', '提出许多小小的质疑', '常提到过去', '僵化的购买习惯', '很难用新的发展机会来说服'],
      approach: ['自己保持积极', '以过去的成功为基础', '确保有许多证据来支持新观念', '耐心的处理所有反对理由'],
    },
    EN: {
      name: 'Negative',
      traits: [
        'traditional',
        'not quick',
        'lacking confidence',
        'risk-averse',
        'unimaginative',
        'bound by rules',
        'sees change as a threat',
        'negative',
      ],
      behaviours: [
        'unmoved by new ideas',
        'focused on details',
        'raises many small doubts',
        'often talks about the past',
        'rigid buying habits',
        'hard to win over with new opportunities',
      ],
      approach: [
        'stay positive yourself',
        'build on past successes',
        'bring plenty of evidence for anything new',
        'handle every objection patiently',
      ],
    },
  },
};
