/**
 * Sources behind the compute half of the catalog: GPUs, Azure GPU VM sizes and prices, open-model
 * configs. Every row in gpus.ts, vm-skus.ts and models.ts names one of these ids in `source` or
 * `fieldSources`.
 *
 * `asOf` conventions used here:
 * - Microsoft Learn pages: the page's `ms.date`.
 * - Hardware datasheet figures and model configs read from public repositories whose commit date could
 *   not be read: the month they were read (2026-11). These are fixed product/model constants.
 */
import type { Source } from './types';

export const COMPUTE_SOURCES: Source[] = [
  // ---------------------------------------------------------------- the seed module
  {
    id: 'seed-9',
    title: 'Course module 9: AI Infrastructure for Architects (sections 9.2 NC/ND/NV tables, 9.3 VRAM table)',
    where: '../shared/seed/ai-infrastructure-module.md (Module 9, March 2026)',
    quality: 'seed',
    asOf: '2026-03',
    note: 'Rounded figures ("~$3.06", "8B"). Kept beside primary figures as seedUsdPerHour / seedParametersB.',
  },

  // ---------------------------------------------------------------- Microsoft Learn: VM sizes
  {
    id: 'ms-learn-ncv3',
    title: 'NCv3 sizes series (Microsoft Learn)',
    where:
      'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ncv3-series.md (+ includes/ncv3-series-specs.md)',
    quality: 'primary',
    asOf: '2024-07-31',
    note: 'NC6s_v3 / NC12s_v3 / NC24s_v3 / NC24rs_v3: 1/2/4/4 x V100 (16 GB each), 6/12/24/24 vCPU, 112/224/448/448 GB RAM.',
  },
  {
    id: 'ms-learn-ncv3-legacy',
    title: 'NCv3-series (older Microsoft Learn page)',
    where: 'MicrosoftDocs/azure-docs : articles/virtual-machines/ncv3-series.md (ms.date 12/21/2022)',
    quality: 'primary',
    asOf: '2022-12-21',
    note: '"Nvidia NVLink Interconnect: Not Supported"; NC24rs_v3 is the RDMA-capable size ("low latency, high-throughput network interface"). No InfiniBand speed given.',
  },
  {
    id: 'ms-learn-ncv3-retirement',
    title: 'Migrate your NCv3-series virtual machines by September 30, 2025',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/ncv3-retirement.md',
    quality: 'primary',
    asOf: '2025-05-28',
    note: 'Retires Standard_NC6s_v3, NC12s_v3, NC24s_v3 and NC24rs_v3 on 2025-09-30 (US Gov Virginia/Arizona extended to 2026-06-30; Jio India West and China North 3 to 2027-06-30). An earlier guide (ms.date 2024-03-19, aka.ms/nc24rsv3migrationguide) had given 2025-03-31 for NC24rs_v3 alone.',
  },
  {
    id: 'ms-learn-nca100v4',
    title: 'NC_A100_v4 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/nca100v4-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
    note: 'A100 80GB PCIe; NVLink "Supported" on the 2- and 4-GPU sizes (reference/facts.md §3.1). "We are currently only deploying net new capacity for ... NCads_H100_v5".',
  },
  {
    id: 'ms-learn-ndasra100v4',
    title: 'NDasrA100_v4 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ndasra100v4-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
    note: '8 x A100 40GB SXM, NVLink 3.0, 8 x 200 Gb/s HDR InfiniBand per VM (facts §3.1).',
  },
  {
    id: 'ms-learn-ndma100v4',
    title: 'NDm_A100_v4 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ndma100v4-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
    note: 'Accelerator table prints "80" GB for the VM, which is the per-GPU value (8 x 80 GB A100 SXM).',
  },
  {
    id: 'ms-learn-ndh100v5',
    title: 'ND-H100-v5 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ndh100v5-series.md',
    quality: 'primary',
    asOf: '2025-09-02',
    note: '8 x H100 80GB, 640 GB, 96 vCPU, 1900 GB; NVLink 4.0; 8 x 400 Gb/s NDR InfiniBand = 3.2 Tb/s per VM.',
  },
  {
    id: 'ms-learn-ndh200v5',
    title: 'ND-H200-v5 size series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/nd-h200-v5-series.md',
    quality: 'primary',
    asOf: '2025-09-02',
    note: '8 x H200 141GB, 1128 GB, 96 vCPU, 1850 GB; NVLink 900 GB/s; 8 x 400 Gb/s InfiniBand.',
  },
  {
    id: 'ms-learn-ndmi300xv5',
    title: 'ND-MI300X-v5 sizes series (Microsoft Learn)',
    where:
      'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ndmi300xv5-series.md (+ includes/ndmi300xv5-series-summary.md)',
    quality: 'primary',
    asOf: '2024-08-01',
    note: 'Standard_ND96isr_MI300X_v5: 8 GPUs, 1535 GB accelerator memory (doc value), 96 vCPU, 1850 GB. 4th-gen Infinity Fabric "128 GB/s bandwidth per GPU and 896 GB/s aggregate"; 400 Gb/s InfiniBand per GPU, 3.2 Tb/s per VM.',
  },
  {
    id: 'ms-learn-ncadsh100v5',
    title: 'NCads_H100_v5 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ncadsh100v5-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
    note: '"Up to 2 NVIDIA H100 NVL GPUs with 94GB memory each"; NC40ads 1 GPU / 94 GB / 40 vCPU / 320 GB, NC80adis 2 / 188 / 80 / 640.',
  },
  {
    id: 'ms-learn-ncast4v3',
    title: 'NCasT4_v3 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/ncast4v3-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
  },
  {
    id: 'ms-learn-nvadsa10v5',
    title: 'NVadsA10_v5 sizes series (Microsoft Learn)',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/nvadsa10v5-series.md',
    quality: 'primary',
    asOf: '2024-07-31',
    note: 'Partial-GPU sizes: 1/6, 1/3, 1/2 of an A10 (4, 8, 12 GB). "Actual GPU VRAM reported ... will be little less due to ECC".',
  },
  {
    id: 'ms-learn-nvv3',
    title: 'NVv3 sizes series (Microsoft Learn)',
    where:
      'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/nvv3-series.md (+ includes/nvv3-series-specs.md)',
    quality: 'primary',
    asOf: '2024-07-31',
    note: 'NV12s/24s/48s_v3: 1/2/4 GPUs, 8/16/32 GB, 12/24/48 vCPU, 112/224/448 GB. Each Azure "GPU" is one GPU of a dual-GPU Tesla M60 board (the specs include prints "Nvidia Tesla M60 GPU (16GB)" for the board).',
  },
  {
    id: 'ms-learn-nvv3-retirement',
    title: 'Migrate your NVv3-series virtual machines by September 30, 2026',
    where: 'MicrosoftDocs/azure-compute-docs : articles/virtual-machines/sizes/gpu-accelerated/nvv3-series-retirement.md',
    quality: 'primary',
    asOf: '2025-06-13',
    note: 'On 2026-09-30 Azure retires Standard_NV12s_v3, NV12hs_v3, NV24s_v3, NV24ms_v3, NV32ms_v3 and NV48s_v3.',
  },

  // ---------------------------------------------------------------- prices
  {
    id: 'skypilot-azure-vms-098741e7',
    title: 'SkyPilot Azure VM catalog (generated from the Azure Retail Prices API), US regions',
    where: 'skypilot-org/skypilot-catalog : catalogs/v6/azure/vms.csv @ 098741e70562f65d7af1cceb81e33b284f742604',
    quality: 'secondary',
    asOf: '2026-03',
    note: "Linux pay-as-you-go `Price` and `SpotPrice` per region; regions: centralus, eastus, eastus2, northcentralus, southcentralus, westcentralus, westus, westus2, westus3 (no non-US region). The commit date could not be read; asOf is the seed module's date, whose eight NC/ND prices equal this snapshot's East US prices, and the Retail API still returned 98.32 for ND96isr_H100_v5 in eastus on 2026-09-16 (facts §3.2). SpotPrice equal to Price (all H100 rows) is not a real spot discount and is not recorded. Catalog quirks: ND96isr_H100_v5 AcceleratorCount 12 (docs: 8), ND96amsr_A100_v4 MemoryGiB 1800 (docs: 1900). No rows for ND H200 v5, ND MI300X v5 or the fractional NV A10 v5 sizes.",
  },

  {
    id: 'azure-retail-prices-api',
    title: 'Azure Retail Prices API (prices.azure.com/api/retail/prices), read by npm run catalog:refresh',
    where: 'https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices',
    quality: 'primary',
    asOf: '2026-12-02',
    note: 'Microsoft\'s public, unauthenticated retail price list, USD. Rows written by a refresh carry the refresh date as asOf. Linux pay-as-you-go = Consumption items whose productName has no "Windows"; spot = meterName ending "Spot"; reservations = Reservation items, whose retailPrice is the whole term\'s price, divided by 8,760 h (1 year) or 26,280 h (3 years). A size priced in a region is offered there; among the regions the API returned, a size with no Linux price is not offered.',
  },

  {
    id: 'azure-pricing-radar-cf741f25',
    title: 'Azure Pricing Radar: Retail Prices API mirror (Virtual Machines, West Europe, Sweden Central, France Central, North Europe)',
    where:
      'andy-diericks/azure-pricing-radar : data/latest/vm-{eu-west,swedencentral,francecentral,northeurope}.json @ cf741f25c50759745f8eb5dcaf6c3746669c8f31',
    quality: 'secondary',
    asOf: '2026-08-22',
    note: 'MIT-licensed mirror that stores every `serviceName eq \'Virtual Machines\' and armRegionName eq \'<region>\' and priceType eq \'Consumption\'` item of the Azure Retail Prices API, keyed by skuId|meterId (snapshot 2026-08-22T20:59Z). Items carry skuName, productName, meterName, retailPrice, unitOfMeasure but not armSkuName; the catalog maps skuName to the ARM size (e.g. "ND96isrH100v5" in "Virtual Machines NDsr H100 v5 Series" → Standard_ND96isr_H100_v5). Linux = productName without "Windows"/"Win"; spot = skuName ending "Spot", kept only when below the pay-as-you-go price (the H200 spot meters equal it). No reservation items. Standard_ND96asr_v4 is not mapped: the mirror lists "ND96asr_A100_v4" and "ND96asrA100v4_NU" in West Europe and which ARM size each is could not be confirmed.',
  },

  // ---------------------------------------------------------------- GPU hardware
  {
    id: 'nvidia-aiconfigurator-systems',
    title: 'NVIDIA AIConfigurator system specs (a100_sxm, h100_sxm, h200_sxm)',
    where:
      'ai-dynamo/aiconfigurator : src/aiconfigurator/systems/{a100_sxm,h100_sxm,h200_sxm}.yaml (read in fork tianhaox/aiconfigurator @ fb73bd5a; h100 also jaywonchung/aiconfigurator @ 0d574b46)',
    quality: 'primary',
    asOf: '2026-11',
    note: 'NVIDIA-authored (SPDX NVIDIA). mem_bw A100 SXM 2039 GB/s, H100 SXM 3350, H200 4800; float16_tc_flops 312 / 989 / 989 TFLOPS (dense); fp8_tc_flops 1978 (H100, H200); intra_node_bw 300 (A100) / 450 (H100, H200) GB/s per GPU per direction.',
  },
  {
    id: 'nvidia-h100-product-page',
    title: 'NVIDIA H100 product page, technical specifications (H100 SXM / H100 NVL columns)',
    where:
      'https://www.nvidia.com/en-us/data-center/h100/ (as reproduced verbatim in public repositories; the page itself was not fetched)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'H100 NVL: BF16 Tensor Core 1,671 and FP8 3,341 teraFLOPS (marked * with sparsity), 94 GB, 3.9 TB/s, NVLink 600 GB/s. H100 SXM: NVLink 900 GB/s.',
  },
  {
    id: 'nvidia-a100-datasheet',
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    where:
      'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (figures read as reproduced in Lightning-AI/pytorch-lightning : src/lightning/fabric/utilities/throughput.py and gmasse/gpu-specs : specs.md)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'BF16 Tensor Core 312 TFLOPS dense (624 with sparsity) for SXM and PCIe; memory bandwidth A100 40GB 1,555 GB/s, A100 80GB PCIe 1,935 GB/s, A100 80GB SXM 2,039 GB/s; NVLink 600 GB/s (SXM) / NVLink Bridge for 2 GPUs 600 GB/s (PCIe).',
  },
  {
    id: 'nvidia-a10-datasheet',
    title: 'NVIDIA A10 Tensor Core GPU datasheet',
    where:
      'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf (read as reproduced in Lightning-AI/pytorch-lightning : src/lightning/fabric/utilities/throughput.py and gmasse/gpu-specs : specs.md)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'BF16 Tensor Core 125 TFLOPS dense (250 with sparsity); 24 GB GDDR6, 600 GB/s; PCIe Gen4, no NVLink.',
  },
  {
    id: 'nvidia-t4-product-page',
    title: 'NVIDIA T4 product page',
    where: 'https://www.nvidia.com/en-us/data-center/tesla-t4/ (as quoted in public repositories; not fetched)',
    quality: 'secondary',
    asOf: '2026-11',
    note: '16 GB GDDR6, "320+ GB/s", 65 FP16 TFLOPS mixed precision; no BF16. One public write-up reports the T4 datasheet PDF prints 300 GB/s.',
  },
  {
    id: 'nvidia-v100-datasheet',
    title: 'NVIDIA Tesla V100 datasheet',
    where:
      'https://images.nvidia.com/content/technologies/volta/pdf/437317-Volta-V100-DS-NV-US-WEB.pdf (table reproduced in cx2a/Guts : 01_warmup/README.md)',
    quality: 'secondary',
    asOf: '2026-11',
    note: '16 GB HBM2, 900 GB/s; interconnect 32 GB/s (PCIe Gen3) or 300 GB/s NVLink (SXM2 only); FP16 tensor 112 (PCIe) / 120-125 (SXM2) TFLOPS; no BF16.',
  },
  {
    id: 'amd-rocm-mi300-microarch',
    title: 'AMD Instinct MI300 series microarchitecture (ROCm documentation)',
    where: 'ROCm/ROCm : docs/conceptual/gpu-arch/mi300.md (read in ROCm/legacy-rocm-build @ 089d7513)',
    quality: 'primary',
    asOf: '2026-11',
    note: 'MI300X peak: Matrix BF16 1307.4 TFLOPS, Matrix FP8 2614.9 TFLOPS; "theoretical aggregated peak memory bandwidth of the GPU is 5.3 TB per second"; seven Infinity Fabric links per GPU, fully connected 8-GPU node.',
  },
  {
    id: 'nvidia-transformer-engine-support-matrix',
    title: 'Transformer Engine: datatype and hardware support matrix',
    where: 'https://nvidia.github.io/TransformerEngine/support_matrix.html',
    quality: 'primary',
    asOf: '2026-11',
    note: '"BF16 requires compute capability 8.0 or higher"; FP8 requires 8.9 or higher (Ampere 8.0/8.6: FP8 No; Hopper 9.0: Yes). So V100 (7.0), T4 (7.5) and M60 have no BF16; A100 and A10 have no FP8.',
  },
  {
    id: 'nvidia-mig-parted-config',
    title: 'NVIDIA mig-parted default MIG configurations',
    where: 'NVIDIA/mig-parted : deployments/systemd/config-default.yaml @ 1400787269cadb4f91db863a4b9f9af5c8fabcd7',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Per-device "all-<profile>" counts: A100-40GB 1g.5gb x7, 1g.10gb x4, 2g.10gb x3, 3g.20gb x2, 4g.20gb x1, 7g.40gb x1; H100-80GB / A100-80GB 1g.10gb x7, 1g.20gb x4, 2g.20gb x3, 3g.40gb x2, 4g.40gb x1, 7g.80gb x1; H100 NVL 1g.12gb x7, 1g.24gb x4, 2g.24gb x3, 3g.47gb x2, 4g.47gb x1, 7g.94gb x1; H200-141GB 1g.18gb x7, 1g.35gb x4, 2g.35gb x3, 3g.71gb x2, 4g.71gb x1, 7g.141gb x1. Media-extension (+me) variants are left out here.',
  },
  {
    id: 'nvidia-mig-user-guide',
    title: 'NVIDIA MIG User Guide: supported GPUs and profiles',
    where: 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-gpus.html (and supported-mig-profiles.html)',
    quality: 'primary',
    asOf: '2026-11',
    note: '"MIG is supported on GPUs starting with the NVIDIA Ampere generation (compute capability >= 8.0)"; listed: A100 40/80GB (SXM4, PCIe), H100 80/94GB, H200 141GB, A30 ... The A10, T4, V100 and M60 are not listed.',
  },

  // ---------------------------------------------------------------- model configs (facts §1.1 tags)
  {
    id: 's-meta',
    title: 'Meta llama-models SKU list (architecture args for Llama 3.1 / 3.2)',
    where: 'meta-llama/llama-models : models/sku_list.py (commits 364ed4ec… Feb 2025; Llama 3.1 block also 084b88e9…)',
    quality: 'primary',
    asOf: '2025-02',
    note: 'Llama 3.1 405B: dim 16384, n_layers 126, n_heads 128, n_kv_heads 8, ffn_dim_multiplier 1.2, multiple_of 4096.',
  },
  {
    id: 's-meta-mc',
    title: 'Meta Llama 3.1 and 3.2 model cards',
    where: 'meta-llama/llama-models : models/llama3_1/MODEL_CARD.md, models/llama3_2/MODEL_CARD.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Published sizes 8B / 70B / 405B; Llama 3.2 1B = 1.23B, 3B = 3.21B; 128k context; GQA.',
  },
  {
    id: 's-mlc',
    title: 'MLC LLM model presets (verbatim Hugging Face config.json copies)',
    where: 'mlc-ai/mlc-llm : python/mlc_llm/model/model_preset.py (HEAD 79d603f0)',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Configs of llama3_1_8b, llama3_1_70b, llama3_2_1b, llama3_2_3b, mistral_7b_v03, Mixtral-8x7B-v0.1, gemma2_9b, gemma2_27b, phi-3_5 (reference/facts.md §1.1).',
  },
  {
    id: 's-trt',
    title: 'TensorRT-LLM Phi-3 test config (verbatim microsoft/Phi-3-mini-4k-instruct config.json)',
    where: 'NVIDIA/TensorRT-LLM : tests/unittest/_torch/modeling/test_modeling_phi3.py (PHI3_MINI_4K_CONFIG)',
    quality: 'primary',
    asOf: '2026-11',
  },
  {
    id: 's-qwen',
    title: 'Qwen2.5 model cards and config.json copies',
    where:
      'huggingface.co/Qwen/Qwen2.5-72B (README); Qwen2.5-7B original model card (huggingface.co/QuantFactory/Qwen2.5-7B-GGUF); config.json copies in derivative repos (e.g. huggingface.co/BitStack/BitStack-Qwen2.5-72B, huggingface.co/tablegpt/TableGPT2-7B)',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Qwen2.5-7B: 7.61B parameters (6.53B non-embedding); Qwen2.5-72B: 72.7B. Base models 131072 positions; Instruct 32768 (YaRN to 131072).',
  },
  {
    id: 's-phi-aml',
    title: 'Azure ML model catalog: Phi-3-mini-128k-instruct description',
    where: 'Azure/azureml-assets : assets/models/system/phi-3-mini-128k-instruct/description.md',
    quality: 'primary',
    asOf: '2026-11',
    note: '3.8B parameters, 128K context.',
  },
  {
    id: 'ms-learn-maas-regions',
    title: 'Region availability for models in serverless API endpoints (Azure AI Studio / AI Foundry)',
    where: 'MicrosoftDocs/azure-docs : articles/ai-studio/includes/region-availability-maas.md',
    quality: 'primary',
    asOf: '2024-08-05',
    note: 'Serverless (pay-as-you-go) offers: Llama 3.1 8B / 70B / 405B Instruct; Phi-3-Mini-4k-Instruct and Phi-3-Mini-128K-Instruct; Mistral Nemo, Mistral Small, Mistral Large. No Mistral 7B, Mixtral, Llama 3.2 1B/3B, Qwen2.5 or Gemma 2 entry in this list.',
  },

  // ---------------------------------------------------------------- derived
  {
    id: 'derived-param-count',
    title: 'Exact parameter counts computed from the model configs (reference/facts.md §1.3)',
    where: '../shared/reference/facts.md §1.3',
    quality: 'derived',
    asOf: '2026-11',
    note: 'Dense decoder: per layer = h*H*d (q) + 2*h*kv*d (k, v) + H*d*h (o) [+ qkv bias] + 3*h*I (gate/up/down) + norms; total = L*per_layer + vocab*h*(1 if tied else 2) + h. MoE: FFN x experts + router h*E; active = 2 of 8 experts.',
  },
  {
    id: 'derived-dense-from-sparse',
    title: 'Dense tensor TFLOPS from a datasheet figure quoted with 2:4 sparsity',
    where: '../shared/reference/facts.md (formula only)',
    quality: 'derived',
    asOf: '2026-11',
    note: 'dense = sparse / 2 (NVIDIA marks the sparse figures with "*"). H100 NVL: 1,671 / 2 = 835.5 (BF16), 3,341 / 2 = 1,670.5 (FP8).',
  },
  {
    id: 'derived-compute-arith',
    title: 'Arithmetic on sourced VM and model figures',
    where: '../shared/reference/facts.md (formula only)',
    quality: 'derived',
    asOf: '2026-11',
    note: 'NDm A100 v4 GPU memory per VM = 8 x 80 GB = 640 GB. NVLink per GPU = intra_node_bw per direction x 2. GPT-4 (estimated) active parameters = the seed\'s "~900 GB active" at FP16 / 2 bytes = 450e9 (an estimate of an estimate).',
  },
];
